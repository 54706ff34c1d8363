import type { SeedArticle } from '../types';

export const articles2026: SeedArticle[] = [
  {
    title: 'Hội nghị triển khai nhiệm vụ công tác Dân vận năm 2026',
    summary:
      'Ban Dân vận Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2026, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-01-08',
    tags: ['nhiệm vụ trọng tâm', 'dân vận'],
    body: [
      'Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 62 đảng ủy xã, phường và các đảng ủy trực thuộc Tỉnh ủy. Đây là lần đầu tiên hội nghị triển khai nhiệm vụ của khối dân vận được tổ chức theo mô hình chính quyền địa phương hai cấp.',
      'Hội nghị đã quán triệt 5 nhiệm vụ trọng tâm công tác dân vận năm 2026, trong đó nhấn mạnh việc tuyên truyền Nghị quyết Đại hội XIV của Đảng và vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp. Mỗi nhiệm vụ được giao cụ thể cho cơ quan chủ trì và cơ quan phối hợp.',
      'Các đại biểu chia sẻ kinh nghiệm tổ chức khối dân vận ở cấp xã sau sắp xếp, đề xuất tăng cường bồi dưỡng nghiệp vụ cho cán bộ mới được phân công. Ban Dân vận Tỉnh ủy cam kết sẽ thường xuyên xuống cơ sở để hướng dẫn, tháo gỡ khó khăn.',
    ],
  },
  {
    title: 'Nhân dân Sơn Hà hướng về Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    summary:
      'Những ngày diễn ra Đại hội XIV, cán bộ, đảng viên và Nhân dân các dân tộc tỉnh Sơn Hà theo dõi sát sao và đặt nhiều kỳ vọng vào sự phát triển của đất nước.',
    section: 'tien-toi-dai-hoi-dang',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2026-01-19',
    tags: ['đại hội đảng', 'đại hội xiv', 'dư luận xã hội'],
    body: [
      'Tại các xã, phường, nhiều điểm sinh hoạt cộng đồng được lắp màn hình để bà con theo dõi phiên khai mạc Đại hội. Ở bản Khe Mạ, các già làng và thanh niên cùng ngồi nghe báo cáo chính trị được phiên dịch sang tiếng Dao.',
      'Qua nắm tình hình, Ban Dân vận Tỉnh ủy ghi nhận Nhân dân đặc biệt quan tâm đến các định hướng về phát triển nông nghiệp, chăm sóc sức khỏe, giáo dục và đẩy mạnh phòng, chống tham nhũng, lãng phí. Nhiều ý kiến bày tỏ niềm tin vào khát vọng đưa đất nước bước vào kỷ nguyên phát triển mới.',
      {
        quote:
          'Chúng tôi mong Đại hội có những chính sách giúp nông dân vùng cao có đầu ra ổn định cho nông sản, để con cháu không phải đi làm ăn xa.',
      },
      'Ban Dân vận Tỉnh ủy đã chỉ đạo các cơ quan trong khối dân vận tổng hợp ý kiến, tâm tư của Nhân dân để phản ánh với cấp ủy, đồng thời chuẩn bị kế hoạch tuyên truyền Nghị quyết Đại hội ngay sau khi Đại hội bế mạc. Các báo cáo nhanh được gửi về Ban hằng ngày trong suốt thời gian diễn ra Đại hội.',
    ],
  },
  {
    title: 'Tết ấm cho người nghèo, đối tượng chính sách dịp Xuân Bính Ngọ 2026',
    summary:
      'Mặt trận và các tổ chức thành viên trao hơn 28.000 suất quà, bảo đảm mọi người, mọi nhà đều được vui Xuân, đón Tết.',
    section: 'tin-trong-tinh',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2026-02-06',
    tags: ['tết', 'an sinh xã hội', 'vì người nghèo'],
    body: [
      'Tết Bính Ngọ 2026 là cái Tết đầu tiên sau khi tỉnh hoàn thành xóa nhà tạm, nhà dột nát. Nhiều gia đình từng ở trong những căn nhà tre nứa, nay đón Tết trong ngôi nhà mới kiên cố.',
      'Ủy ban MTTQ Việt Nam tỉnh đã vận động được hơn 24 tỷ đồng, tổ chức chương trình "Xuân yêu thương" tại 12 điểm, tập trung ở các xã vùng cao và khu công nghiệp. Công nhân không có điều kiện về quê được tặng vé xe và quà Tết.',
      'Đồng chí Tạ Quang Hiển đề nghị Mặt trận cấp xã rà soát, kịp thời hỗ trợ những trường hợp khó khăn đột xuất, bảo đảm không hộ nào thiếu ăn trong dịp Tết. Mọi khoản hỗ trợ phải được công khai tại khu dân cư.',
    ],
  },
  {
    title: 'Mặt trận Tổ quốc các cấp sẵn sàng cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp',
    summary:
      'Mặt trận các cấp trong tỉnh đã hoàn thành ba vòng hiệp thương, lập danh sách chính thức những người ứng cử đại biểu HĐND tỉnh và cấp xã.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2026-02-24',
    tags: ['bầu cử', 'hiệp thương', 'mặt trận'],
    body: [
      'Công tác hiệp thương được thực hiện dân chủ, đúng luật. Việc lấy ý kiến cử tri nơi cư trú đối với người ứng cử được tổ chức công khai, cử tri thẳng thắn nhận xét về phẩm chất, lối sống của người được giới thiệu.',
      'Cơ cấu người ứng cử bảo đảm hợp lý, có đại diện của phụ nữ, người dân tộc thiểu số, người ngoài Đảng, chức sắc tôn giáo và người trẻ tuổi. Danh sách chính thức được niêm yết tại các khu vực bỏ phiếu đúng thời gian quy định.',
      'Mặt trận các cấp tiếp tục phối hợp tổ chức hội nghị tiếp xúc cử tri để người ứng cử trình bày chương trình hành động, đồng thời giám sát chặt chẽ công tác bầu cử tại cơ sở. Những kiến nghị của cử tri tại các hội nghị được tổng hợp, chuyển đến cơ quan có thẩm quyền giải quyết.',
    ],
  },
  {
    title: 'Phát động phong trào thi đua Dân vận khéo năm 2026 với trọng tâm chuyển đổi số',
    summary:
      'Phong trào thi đua "Dân vận khéo" năm 2026 khuyến khích các mô hình ứng dụng công nghệ số để phục vụ Nhân dân, nhất là ở cấp xã sau sắp xếp.',
    section: 'phong-trao-thi-dua-dan-van-kheo',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-02-26',
    tags: ['dân vận khéo', 'chuyển đổi số', 'phát động'],
    body: [
      'Năm 2026 là năm đầu của giai đoạn 2026-2030. Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh xác định chủ đề của năm là "Dân vận khéo trong chuyển đổi số và xây dựng chính quyền gần dân".',
      'Mỗi xã, phường đăng ký ít nhất 3 mô hình, trong đó có 1 mô hình ứng dụng công nghệ số. Mỗi cơ quan, đơn vị cấp tỉnh đăng ký ít nhất 1 mô hình gắn với nhiệm vụ chuyên môn.',
      'Ban Chỉ đạo lưu ý tránh đăng ký mô hình hình thức, trùng lặp; mô hình phải có mục tiêu, chỉ tiêu cụ thể và được Nhân dân đồng tình. Kết quả phong trào sẽ được sơ kết vào tháng 7 và tổng kết vào tháng 12/2026.',
    ],
  },
  {
    title: 'Hướng dẫn đánh giá, công nhận mô hình Dân vận khéo các cấp năm 2026',
    summary:
      'Hướng dẫn quy định tiêu chí và quy trình đánh giá, công nhận mô hình "Dân vận khéo" ở cấp xã và cấp tỉnh theo mô hình chính quyền hai cấp.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-03-03',
    tags: ['dân vận khéo', 'văn bản', 'hướng dẫn'],
    body: [
      'Hướng dẫn thay thế các văn bản trước đây, phù hợp với việc không còn tổ chức cấp huyện. Việc đánh giá, công nhận mô hình được thực hiện ở hai cấp: cấp xã và cấp tỉnh.',
      { heading: 'Tiêu chí đánh giá' },
      {
        list: [
          'Mô hình giải quyết được vấn đề cụ thể, bức xúc ở địa phương, cơ quan, đơn vị (30 điểm).',
          'Hiệu quả thực tế, có số liệu minh chứng, được Nhân dân đồng tình (30 điểm).',
          'Có cách làm mới, sáng tạo, có thể nhân rộng (25 điểm).',
          'Duy trì ổn định, bền vững từ 12 tháng trở lên (15 điểm).',
        ],
        ordered: true,
      },
      'Mô hình đạt từ 80 điểm trở lên được đề nghị công nhận cấp tỉnh. Hồ sơ đề nghị gửi về Ban Dân vận Tỉnh ủy trước ngày 15/11 hằng năm.',
    ],
  },
  {
    title: 'Hội Liên hiệp Phụ nữ tỉnh đồng hành cùng phụ nữ khởi nghiệp, phát triển kinh tế số',
    summary:
      'Nhân Ngày Quốc tế Phụ nữ 8/3, Hội Liên hiệp Phụ nữ tỉnh ra mắt câu lạc bộ "Phụ nữ khởi nghiệp số" với 150 thành viên.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'hoi-lien-hiep-phu-nu-tinh',
    authors: ['dang-thi-ngoc-lan'],
    eventDate: '2026-03-08',
    tags: ['phụ nữ', 'khởi nghiệp', 'chuyển đổi số'],
    body: [
      'Câu lạc bộ quy tụ các chị em là chủ hộ kinh doanh, chủ hợp tác xã và phụ nữ có ý tưởng khởi nghiệp. Thành viên được tập huấn về bán hàng trực tuyến, xây dựng thương hiệu và quản lý tài chính.',
      'Giai đoạn 2021-2025, Hội đã hỗ trợ hơn 1.100 ý tưởng khởi nghiệp của phụ nữ, giúp thành lập 48 hợp tác xã, tổ hợp tác do phụ nữ làm chủ. Nhiều sản phẩm như chè shan tuyết, miến dong, thổ cẩm Dao đã có mặt trên các sàn thương mại điện tử.',
      'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Đặng Thị Ngọc Lan mong muốn mỗi chị em khởi nghiệp thành công sẽ trở thành người dẫn dắt, giúp đỡ những chị em khác cùng tiến bộ. Hội sẽ kết nối câu lạc bộ với các quỹ hỗ trợ khởi nghiệp và doanh nghiệp bao tiêu sản phẩm.',
    ],
  },
  {
    title: 'Cử tri Sơn Hà nô nức đi bầu cử',
    summary:
      'Ngày 15/3/2026, hơn 920.000 cử tri trong tỉnh đi bầu đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; nhiều khu vực bỏ phiếu hoàn thành trước 12 giờ.',
    section: 'tin-trong-tinh',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2026-03-15',
    tags: ['bầu cử', 'cử tri'],
    body: [
      'Từ sáng sớm, các khu vực bỏ phiếu được trang trí trang trọng, cờ hoa rực rỡ. Nhiều cử tri cao tuổi, cử tri người dân tộc thiểu số mặc trang phục truyền thống đến bỏ phiếu, tạo không khí như ngày hội.',
      'Ở các xã vùng cao, tổ bầu cử mang hòm phiếu phụ đến tận nhà cho cử tri ốm đau, khuyết tật. Công nhân các khu công nghiệp được doanh nghiệp bố trí thời gian, phương tiện để về nơi cư trú bỏ phiếu.',
      'Theo báo cáo nhanh, tỷ lệ cử tri đi bầu của toàn tỉnh đạt trên 99%. Cuộc bầu cử diễn ra an toàn, dân chủ, đúng luật, thể hiện ý thức làm chủ của Nhân dân.',
    ],
  },
  {
    title: 'Đưa Nghị quyết Đại hội XIV của Đảng vào cuộc sống: vai trò của công tác dân vận',
    summary:
      'Để Nghị quyết đi vào cuộc sống, công tác dân vận phải làm cho Nhân dân hiểu, tin và tự giác hành động, chứ không chỉ dừng ở việc phổ biến nội dung.',
    section: 'nghien-cuu-trao-doi',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-03-20',
    tags: ['đại hội xiv', 'nghị quyết', 'nghiên cứu'],
    body: [
      'Nghị quyết Đại hội XIV của Đảng đề ra những định hướng lớn cho giai đoạn phát triển mới của đất nước. Thực tiễn cho thấy, nghị quyết chỉ thực sự đi vào cuộc sống khi được Nhân dân hiểu rõ, đồng tình và biến thành hành động cụ thể.',
      'Công tác dân vận cần "chuyển ngữ" nghị quyết thành những việc gần gũi với từng đối tượng: với nông dân là liên kết sản xuất, với công nhân là việc làm và thu nhập, với thanh niên là khởi nghiệp và chuyển đổi số, với đồng bào vùng cao là sinh kế bền vững và giữ gìn bản sắc. Nói đúng điều người dân quan tâm thì người dân mới lắng nghe.',
      { heading: 'Một số kiến nghị' },
      {
        list: [
          'Biên soạn tài liệu hỏi - đáp ngắn gọn, dịch sang tiếng dân tộc thiểu số.',
          'Tận dụng mạng xã hội, nhóm cộng đồng để lan tỏa thông tin chính thống.',
          'Gắn tuyên truyền nghị quyết với phong trào thi đua "Dân vận khéo" ở cơ sở.',
          'Định kỳ khảo sát, nắm bắt dư luận xã hội về việc thực hiện nghị quyết.',
        ],
      },
      'Khi Nhân dân thấy được lợi ích thiết thực từ nghị quyết, họ sẽ là lực lượng chủ động và bền bỉ nhất để thực hiện thành công các mục tiêu mà Đại hội đã đề ra. Đó cũng là thước đo chân thực nhất về hiệu quả của công tác dân vận.',
    ],
  },
  {
    title: 'Nữ bác sĩ trẻ mang yêu thương đến bản xa',
    summary:
      'Tốt nghiệp đại học y, bác sĩ Vi Thị Thảo tình nguyện về Trạm Y tế xã Nà Khoang, nơi nhiều bản cách trạm hàng chục cây số.',
    section: 'guong-dien-hinh',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2026-03-26',
    tags: ['thanh niên', 'người tốt việc tốt', 'y tế'],
    body: [
      'Năm 2022, khi bạn bè cùng khóa ở lại thành phố, bác sĩ Vi Thị Thảo, người dân tộc Nùng, đăng ký về công tác ở xã vùng cao Nà Khoang. Chị nói đơn giản: quê mình còn thiếu bác sĩ thì mình về.',
      'Mỗi tháng, chị cùng y tế thôn bản đến từng bản khám cho người già, tiêm chủng cho trẻ nhỏ và tư vấn cho phụ nữ mang thai. Nhờ kiên trì vận động, tỷ lệ sản phụ sinh con tại cơ sở y tế của xã tăng từ 60% lên gần 95%.',
      'Là bí thư chi đoàn trạm y tế, chị còn tổ chức các buổi khám bệnh, phát thuốc miễn phí cùng đoàn viên thanh niên. Chị Vi Thị Thảo được Tỉnh đoàn tuyên dương là một trong 10 gương mặt trẻ tiêu biểu năm 2025.',
    ],
  },
  {
    title: 'Mô hình "Tổ công nghệ số cộng đồng" giúp người cao tuổi sử dụng dịch vụ công trực tuyến',
    summary:
      'Đoàn viên thanh niên trong các tổ công nghệ số cộng đồng đã hướng dẫn hàng nghìn người cao tuổi nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt.',
    section: 'mo-hinh-dan-van-kheo',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2026-04-02',
    tags: ['dân vận khéo', 'chuyển đổi số', 'thanh niên'],
    body: [
      'Toàn tỉnh hiện có 580 tổ công nghệ số cộng đồng, mỗi tổ có từ 3 đến 5 thành viên là đoàn viên thanh niên, công an viên và cán bộ thôn. Tổ trực tại nhà văn hóa vào tối thứ Bảy và đến tận nhà khi người dân cần.',
      'Năm 2025, các tổ đã hướng dẫn hơn 46.000 lượt người cài đặt ứng dụng định danh điện tử, nộp hồ sơ trực tuyến và đăng ký nhận lương hưu, trợ cấp qua tài khoản ngân hàng. Nhiều người cao tuổi lần đầu tiên tự tra cứu được tình trạng hồ sơ của mình.',
      {
        quote:
          'Trước đây đi làm giấy tờ phải nhờ con cháu chở lên xã, giờ các cháu đoàn viên đến tận nhà hướng dẫn, ngồi ở nhà cũng làm được.',
      },
      'Mô hình được Ban Dân vận Tỉnh ủy công nhận là mô hình "Dân vận khéo" cấp tỉnh và đề nghị nhân rộng trong các tổ chức chính trị - xã hội. Tỉnh đoàn đặt mục tiêu đến cuối năm 2026, mỗi thôn, tổ dân phố có ít nhất một tổ công nghệ số cộng đồng.',
    ],
  },
  {
    title: 'Chính quyền cấp xã sau sắp xếp: gần dân, sát dân, phục vụ Nhân dân tốt hơn',
    summary:
      'Sau gần một năm vận hành chính quyền địa phương hai cấp, nhiều xã, phường trong tỉnh đã có cách làm hay để phục vụ người dân nhanh hơn, thuận tiện hơn.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2026-04-14',
    tags: ['dân vận chính quyền', 'chính quyền hai cấp', 'cải cách hành chính'],
    body: [
      'Với địa bàn rộng hơn sau sáp nhập, nhiều xã đã bố trí điểm tiếp nhận hồ sơ tại trụ sở xã cũ, định kỳ đưa công chức về làm việc lưu động. Người dân ở xa không phải đi lại nhiều để làm thủ tục.',
      'Xã Hòa Lâm duy trì "ngày thứ Năm nghe dân nói", lãnh đạo xã trực tiếp tiếp dân, trả lời ngay những việc thuộc thẩm quyền. Phường Bắc Sơn công khai số điện thoại của từng công chức phụ trách lĩnh vực để người dân liên hệ.',
      'Tuy nhiên, một số xã vẫn còn tình trạng trễ hẹn do cán bộ chưa thạo việc mới, hệ thống phần mềm chưa đồng bộ. Ban Dân vận Tỉnh ủy đề nghị tăng cường tập huấn, đồng thời công khai xin lỗi người dân khi giải quyết hồ sơ trễ hẹn.',
    ],
  },
  {
    title: 'Viết tiếp bản hùng ca thống nhất: tuổi trẻ Sơn Hà kỷ niệm 51 năm Ngày Giải phóng miền Nam',
    summary:
      'Tỉnh đoàn tổ chức lễ thắp nến tri ân và chương trình giao lưu "Ký ức tháng Tư" giữa đoàn viên với các cựu chiến binh.',
    section: 'giai-phong-mien-nam',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2026-04-29',
    tags: ['giải phóng miền nam', 'thanh niên', '30/4'],
    body: [
      'Tối 29/4/2026, hơn 800 đoàn viên, thanh niên đã thắp nến tri ân tại Nghĩa trang liệt sĩ tỉnh. Những ngọn nến lung linh trên các phần mộ như lời hứa của thế hệ trẻ tiếp bước cha anh.',
      'Tại buổi giao lưu, các cựu chiến binh kể về những ngày hành quân thần tốc mùa Xuân 1975, về tình quân dân nơi chiến trường. Nhiều câu hỏi của các bạn trẻ cho thấy sự quan tâm sâu sắc đến lịch sử dân tộc.',
      'Tỉnh đoàn phát động đợt thi đua "Tuổi trẻ Sơn Hà xung kích, sáng tạo", với các công trình thanh niên về chuyển đổi số, bảo vệ môi trường và hỗ trợ gia đình chính sách. Mỗi cơ sở đoàn đăng ký ít nhất một công trình, phần việc cụ thể để chào mừng các ngày lễ lớn trong năm.',
    ],
  },
  {
    title: 'Công đoàn xây dựng thiết chế văn hóa cho công nhân khu công nghiệp',
    summary:
      'Liên đoàn Lao động tỉnh khởi công Nhà văn hóa công nhân tại Khu công nghiệp Nam Sơn Hà, đáp ứng nhu cầu sinh hoạt của hơn 30.000 công nhân.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'lien-doan-lao-dong-tinh',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-05-05',
    tags: ['công đoàn', 'công nhân', 'văn hóa'],
    body: [
      'Nhà văn hóa công nhân có tổng diện tích hơn 5.000 m², gồm hội trường, thư viện, phòng tập thể thao và khu vui chơi cho con công nhân. Công trình dự kiến hoàn thành vào dịp Tết Nguyên đán 2027.',
      'Khảo sát của Liên đoàn Lao động tỉnh cho thấy phần lớn công nhân sống tại nhà trọ chật chội, thiếu nơi sinh hoạt văn hóa sau giờ làm việc. Nhiều công nhân trẻ xa quê, ít có cơ hội giao lưu, học tập.',
      'Cùng với công trình này, các cấp công đoàn tiếp tục phối hợp với doanh nghiệp tổ chức các hội thi văn nghệ, thể thao, tạo môi trường lành mạnh, giúp người lao động gắn bó lâu dài với doanh nghiệp. Liên đoàn Lao động tỉnh kêu gọi các doanh nghiệp trong khu công nghiệp cùng chung tay đóng góp cho công trình.',
    ],
  },
  {
    title: 'Mô hình "Chợ phiên nông sản an toàn" của Hội Nông dân xã Vân Sơn',
    summary:
      'Mỗi sáng Chủ nhật, chợ phiên nông sản an toàn ở xã Vân Sơn thu hút hàng trăm lượt khách, giúp nông dân bán trực tiếp sản phẩm với giá tốt.',
    section: 'mo-hinh-dan-van-kheo',
    department: 'hoi-nong-dan-tinh',
    authors: ['le-huu-phuoc'],
    eventDate: '2026-05-12',
    tags: ['dân vận khéo', 'nông dân', 'nông sản'],
    body: [
      'Chợ phiên được Hội Nông dân xã Vân Sơn tổ chức từ tháng 9/2025, với 42 gian hàng của các hộ, tổ hợp tác sản xuất rau, quả, thịt, trứng theo tiêu chuẩn an toàn. Mỗi sản phẩm đều có tem truy xuất nguồn gốc.',
      'Hội Nông dân xã trực tiếp kiểm tra quy trình sản xuất của các hộ tham gia. Hộ vi phạm cam kết sẽ bị tạm dừng bán hàng, nhờ đó chợ giữ được uy tín với người tiêu dùng.',
      {
        list: [
          'Doanh thu bình quân mỗi phiên đạt khoảng 60 triệu đồng.',
          'Giá bán cao hơn bán cho thương lái từ 15 đến 20%.',
          '5 hộ đã ký hợp đồng cung cấp thường xuyên cho bếp ăn trường học.',
        ],
      },
      'Hội Nông dân tỉnh đánh giá đây là cách làm hay, đang hướng dẫn các xã có vùng sản xuất tập trung tổ chức chợ phiên tương tự. Mục tiêu đến năm 2027, mỗi xã có vùng sản xuất tập trung đều có điểm bán nông sản an toàn của nông dân.',
    ],
  },
  {
    title: 'Ban Dân vận Tỉnh ủy thăm, chúc mừng các cơ sở Phật giáo nhân Đại lễ Phật đản năm 2026',
    summary:
      'Nhân Đại lễ Phật đản Phật lịch 2570, đoàn công tác Ban Dân vận Tỉnh ủy đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2026-05-28',
    tags: ['tôn giáo', 'phật giáo'],
    body: [
      'Thay mặt lãnh đạo tỉnh, đồng chí Đinh Xuân Khiêm, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy gửi lời chúc mừng tới chư tôn đức tăng ni, phật tử trong tỉnh. Cùng đi có đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh.',
      'Trưởng đoàn ghi nhận Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh đã hướng dẫn tăng ni, phật tử tích cực tham gia các hoạt động từ thiện, ủng hộ Quỹ Vì người nghèo, xây dựng nhà Đại đoàn kết, góp phần vào thành tích chung của tỉnh. Đồng chí mong giáo hội tiếp tục phát huy vai trò trong xây dựng khối đại đoàn kết toàn dân tộc.',
      'Đại diện Ban Trị sự cảm ơn sự quan tâm của cấp ủy, chính quyền và khẳng định sẽ tiếp tục đồng hành cùng dân tộc theo phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội". Đại lễ Phật đản năm nay được các cơ sở tổ chức trang nghiêm, đúng quy định.',
    ],
  },
  {
    title: 'Xã Vân Sơn ra mắt mô hình Khu dân cư tự quản về bảo vệ môi trường',
    summary:
      'Hưởng ứng Ngày Môi trường thế giới 5/6, Ban Công tác Mặt trận các thôn ở xã Vân Sơn ra mắt mô hình khu dân cư tự quản về bảo vệ môi trường.',
    section: 'tin-co-so',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2026-06-05',
    tags: ['môi trường', 'khu dân cư', 'mặt trận'],
    body: [
      'Theo quy ước của mô hình, mỗi hộ gia đình thực hiện phân loại rác tại nguồn, không đổ rác thải ra kênh mương, đường làng. Các chi hội đoàn thể nhận quản lý từng đoạn đường, tổ chức ra quân vệ sinh vào sáng Chủ nhật cuối tháng.',
      'Ngay tại buổi ra mắt, 100% hộ gia đình ở 4 thôn đã ký cam kết thực hiện. Xã cũng hỗ trợ thùng ủ phân hữu cơ từ rác thải nhà bếp cho 200 hộ.',
      'Ủy ban MTTQ Việt Nam tỉnh đề nghị xã Vân Sơn định kỳ đánh giá, biểu dương các hộ làm tốt để mô hình duy trì bền vững. Kinh nghiệm của Vân Sơn sẽ được giới thiệu tại hội nghị chuyên đề về bảo vệ môi trường ở khu dân cư.',
    ],
  },
  {
    title: 'Tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
    summary:
      'Sáu tháng đầu năm 2026, người đứng đầu cấp ủy, chính quyền các xã, phường trong tỉnh đã tổ chức 186 cuộc đối thoại trực tiếp với Nhân dân.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2026-06-23',
    tags: ['đối thoại', 'dân vận chính quyền', 'dân chủ ở cơ sở'],
    body: [
      'Việc đối thoại được thực hiện theo Quy định của Bộ Chính trị về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy với Nhân dân. Nội dung đối thoại tập trung vào đất đai, giải phóng mặt bằng, môi trường và thủ tục hành chính sau sắp xếp.',
      'Nhiều cuộc đối thoại được tổ chức ngay tại thôn, tổ dân phố, tạo không khí cởi mở. Trong số 1.420 ý kiến của người dân, hơn 80% đã được trả lời, giải quyết ngay tại hội nghị hoặc trong thời hạn đã hứa.',
      { heading: 'Để đối thoại không hình thức' },
      'Ban Dân vận Tỉnh ủy đề nghị việc đối thoại phải có chuẩn bị kỹ, mời đúng những người có vướng mắc; sau đối thoại phải thông báo kết quả giải quyết. Người đứng đầu không được ủy quyền cho cấp phó chủ trì đối thoại nếu không có lý do chính đáng.',
    ],
  },
  {
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2026 công tác dân vận, mặt trận, đoàn thể',
    summary:
      'Sáu tháng đầu năm 2026, công tác dân vận góp phần tổ chức thành công cuộc bầu cử; toàn tỉnh đăng ký 3.410 mô hình "Dân vận khéo".',
    section: 'cong-tac-dan-van-mat-tran-doan-the',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2026-07-10',
    tags: ['sơ kết', 'dân vận khéo', 'mặt trận'],
    body: [
      'Hội nghị đánh giá, 6 tháng đầu năm 2026, khối dân vận, Mặt trận và các đoàn thể đã hoàn thành tốt nhiệm vụ tuyên truyền Nghị quyết Đại hội XIV của Đảng và vận động cử tri tham gia bầu cử. Tình hình Nhân dân cơ bản ổn định, không phát sinh điểm nóng.',
      'Phong trào thi đua "Dân vận khéo" năm 2026 có 3.410 mô hình đăng ký, trong đó có 612 mô hình ứng dụng công nghệ số. Nhiều mô hình đã bước đầu phát huy hiệu quả.',
      {
        list: [
          'Tiếp tục tuyên truyền, cụ thể hóa Nghị quyết Đại hội XIV của Đảng.',
          'Sơ kết 5 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị.',
          'Chuẩn bị tổ chức kỷ niệm 96 năm Ngày truyền thống công tác Dân vận của Đảng.',
          'Chủ động phòng, chống thiên tai trong mùa mưa bão.',
        ],
      },
      'Hội nghị đề nghị các đơn vị khắc phục tình trạng chậm báo cáo, nâng cao chất lượng nắm và phản ánh tình hình Nhân dân ở các xã mới. Các nhiệm vụ 6 tháng cuối năm cần được triển khai quyết liệt để hoàn thành kế hoạch năm 2026.',
    ],
  },
  {
    title: 'Cựu chiến binh Lê Văn Thụ 20 năm làm hòa giải viên ở khu phố',
    summary:
      'Hai mươi năm làm tổ trưởng tổ hòa giải, cựu chiến binh Lê Văn Thụ ở phường Nam Hà đã góp phần hòa giải thành công hàng trăm vụ mâu thuẫn.',
    section: 'guong-dien-hinh',
    department: 'hoi-cuu-chien-binh-tinh',
    authors: ['cao-xuan-toan'],
    eventDate: '2026-07-27',
    tags: ['cựu chiến binh', 'hòa giải ở cơ sở', 'người tốt việc tốt'],
    body: [
      'Nghỉ hưu năm 2005 với quân hàm trung tá, ông Lê Văn Thụ được bà con tổ dân phố tín nhiệm bầu làm tổ trưởng tổ hòa giải. Từ đó đến nay, ông đã cùng tổ hòa giải thành hơn 200 vụ việc.',
      'Ông có thói quen ghi chép cẩn thận từng vụ việc, tìm hiểu kỹ quy định pháp luật trước khi gặp các bên. Theo ông, hòa giải là để người trong cuộc tự hiểu ra, chứ không phải để phân xử ai đúng ai sai.',
      'Năm 2026, ông Lê Văn Thụ được Bộ Tư pháp tặng Bằng khen vì có thành tích xuất sắc trong công tác hòa giải ở cơ sở. Ở tuổi ngoài 70, ông vẫn đều đặn dự các buổi sinh hoạt của tổ và truyền kinh nghiệm cho các hòa giải viên trẻ.',
    ],
  },
  {
    title: 'Nông dân chủ động phòng, chống thiên tai, bảo vệ sản xuất mùa mưa bão',
    summary:
      'Hội Nông dân các cấp hướng dẫn hội viên gia cố chuồng trại, thu hoạch sớm lúa, hoa màu và sẵn sàng phương án "bốn tại chỗ".',
    section: 'tin-co-so',
    department: 'hoi-nong-dan-tinh',
    authors: ['le-huu-phuoc'],
    eventDate: '2026-08-18',
    tags: ['phòng chống thiên tai', 'nông dân'],
    body: [
      'Rút kinh nghiệm từ thiệt hại do bão số 3 năm 2024, năm nay các cơ sở hội đã chủ động rà soát các hộ sống ở vùng có nguy cơ sạt lở, ngập lụt, lập danh sách để kịp thời di dời khi có bão lớn. Các hộ này được hướng dẫn phương án sơ tán và địa điểm tạm trú an toàn.',
      'Hội viên được hướng dẫn thu hoạch lúa mùa theo phương châm "xanh nhà hơn già đồng", gia cố chuồng trại, dự trữ thức ăn chăn nuôi. Nhiều chi hội thành lập đội xung kích hỗ trợ các hộ neo đơn.',
      'Hội Nông dân tỉnh phối hợp với ngành nông nghiệp giới thiệu các giống cây trồng ngắn ngày để nông dân khôi phục sản xuất nhanh sau thiên tai. Hội cũng đề nghị các tổ chức tín dụng có chính sách giãn nợ cho hội viên bị thiệt hại.',
    ],
  },
  {
    title: 'Ngày hội văn hóa các dân tộc tỉnh Sơn Hà lần thứ V',
    summary:
      'Hơn 1.000 nghệ nhân, diễn viên quần chúng của 9 dân tộc tham gia ngày hội, tôn vinh bản sắc văn hóa và tinh thần đoàn kết các dân tộc.',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2026-09-05',
    tags: ['dân tộc thiểu số', 'văn hóa', 'đại đoàn kết'],
    body: [
      'Ngày hội diễn ra trong 3 ngày tại xã Nà Khoang với các hoạt động trình diễn trang phục, thi hát dân ca, thi đẩy gậy, ném còn và ẩm thực truyền thống của đồng bào Tày, Nùng, Dao, Mông, Thái. Đây là lần đầu tiên ngày hội được tổ chức ở một xã vùng cao.',
      'Ban tổ chức dành một không gian trưng bày sản phẩm OCOP và thổ cẩm của các hợp tác xã do đồng bào dân tộc thiểu số làm chủ. Nhiều sản phẩm đã được khách tham quan đặt mua số lượng lớn.',
      'Phát biểu bế mạc, đồng chí Hà Văn Lực cho biết, ngày hội là dịp để đồng bào các dân tộc giao lưu, học hỏi, thắt chặt khối đại đoàn kết, cùng xây dựng quê hương Sơn Hà giàu đẹp. Ngày hội lần thứ VI dự kiến được tổ chức vào năm 2030.',
    ],
  },
  {
    title: 'Dự thảo báo cáo sơ kết 5 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị',
    summary:
      'Dự thảo báo cáo đánh giá 5 năm thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem', 'ngo-thi-thu-trang'],
    eventDate: '2026-09-15',
    draft: true,
    tags: ['quy chế công tác dân vận', 'sơ kết', 'dự thảo'],
    body: [
      'Sau 5 năm thực hiện Quy chế công tác dân vận, nhận thức và trách nhiệm của cấp ủy, chính quyền và cả hệ thống chính trị đối với công tác dân vận được nâng lên rõ rệt. Quy chế được cụ thể hóa trong quy chế làm việc của các cấp ủy.',
      'Dự thảo nêu rõ những hạn chế: một số nơi chưa thực hiện nghiêm trách nhiệm của người đứng đầu trong tiếp xúc, đối thoại với Nhân dân; việc kiểm tra, giám sát thực hiện Quy chế ở cơ sở còn ít. Nguyên nhân chủ yếu là nhận thức của một bộ phận cán bộ về công tác dân vận chưa đầy đủ.',
      'Ban Dân vận Tỉnh ủy đề nghị các đảng ủy trực thuộc góp ý vào dự thảo trước khi trình Ban Thường vụ Tỉnh ủy xem xét. Thời hạn góp ý là ngày 30/9/2026.',
    ],
  },
  {
    title: 'Kỷ niệm 96 năm Ngày truyền thống công tác Dân vận của Đảng, tôn vinh cán bộ dân vận cơ sở',
    summary:
      'Ban Dân vận Tỉnh ủy tổ chức gặp mặt, tôn vinh 50 cán bộ dân vận cơ sở tiêu biểu nhân kỷ niệm 96 năm Ngày truyền thống công tác Dân vận của Đảng.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2026-10-15',
    draft: true,
    tags: ['ngày dân vận', 'truyền thống', 'khen thưởng'],
    body: [
      'Các cán bộ được tôn vinh là trưởng khối dân vận xã, trưởng thôn, chi hội trưởng các đoàn thể có nhiều năm gắn bó với Nhân dân. Nhiều người đã âm thầm đóng góp cho phong trào ở cơ sở hàng chục năm.',
      'Đồng chí Đinh Xuân Khiêm khẳng định, cán bộ dân vận cơ sở là những người trực tiếp đưa chủ trương của Đảng, chính sách của Nhà nước đến với Nhân dân, đồng thời phản ánh tâm tư, nguyện vọng của Nhân dân với Đảng. Đồng chí đề nghị cấp ủy các cấp quan tâm hơn nữa đến chế độ, chính sách đối với đội ngũ này.',
      'Dịp này, Ban Dân vận Tỉnh ủy phát động đợt thi đua cao điểm hoàn thành nhiệm vụ công tác dân vận năm 2026. Kết quả đợt thi đua sẽ được đánh giá tại hội nghị tổng kết cuối năm.',
    ],
  },
  {
    title: 'Công tác dân vận ở thôn, tổ dân phố sau sắp xếp: thực trạng và kiến nghị',
    summary:
      'Sau sáp nhập, nhiều thôn, tổ dân phố có quy mô lớn, dân cư đa dạng, đặt ra yêu cầu mới về tổ chức và phương thức vận động Nhân dân.',
    section: 'nghien-cuu-trao-doi',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2026-10-22',
    draft: true,
    tags: ['thôn tổ dân phố', 'nghiên cứu', 'sắp xếp bộ máy'],
    body: [
      'Sau sáp nhập, số thôn, tổ dân phố trong tỉnh giảm gần 30%, nhiều thôn có trên 500 hộ. Trưởng thôn, bí thư chi bộ phải quản lý địa bàn rộng, việc nắm tình hình từng hộ gặp khó khăn.',
      'Khảo sát tại 12 xã cho thấy, ở những nơi có sự khác biệt về phong tục, tập quán giữa các thôn cũ, việc tổ chức sinh hoạt chung còn chưa thuận lợi. Một số hương ước, quy ước cũ chưa được rà soát, điều chỉnh.',
      {
        list: [
          'Phân công đảng viên, đoàn viên, hội viên phụ trách nhóm hộ.',
          'Rà soát, xây dựng lại hương ước, quy ước phù hợp với thôn mới.',
          'Kiện toàn Ban Công tác Mặt trận, tổ hòa giải ở thôn, tổ dân phố mới.',
        ],
        ordered: true,
      },
    ],
  },
  {
    title: 'Ngày hội Đại đoàn kết toàn dân tộc năm 2026 ở thôn Đồng Mới',
    summary:
      'Nhân kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, thôn Đồng Mới (xã Tân Lập) tổ chức Ngày hội Đại đoàn kết toàn dân tộc.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2026-11-20',
    draft: true,
    tags: ['đại đoàn kết', 'khu dân cư', 'mặt trận'],
    body: [
      'Dự ngày hội có đồng chí Tạ Quang Hiển, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng đông đảo Nhân dân trong thôn. Thôn Đồng Mới được hình thành từ việc sáp nhập hai thôn cũ, nay có 420 hộ.',
      'Năm 2026, Nhân dân trong thôn đã hoàn thành cứng hóa 2 km đường nội đồng và xây dựng sân chơi cho thiếu nhi, đúng như chỉ tiêu Nghị quyết chi bộ đề ra. Thôn không có hộ nghèo, tỷ lệ hộ dùng nước sạch đạt 100%.',
      'Tại ngày hội, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho thôn Đồng Mới vì có thành tích xuất sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Bà con trong thôn hẹn nhau tiếp tục chung tay để Đồng Mới trở thành thôn nông thôn mới kiểu mẫu.',
    ],
  },
];
