import type { SeedArticle } from '../types';

export const articles2025: SeedArticle[] = [
  {
    title: 'Khối dân vận tỉnh triển khai nhiệm vụ năm 2025',
    summary:
      'Ngày 10/01/2025, Ban Dân vận Tỉnh ủy chủ trì hội nghị triển khai nhiệm vụ công tác dân vận năm 2025, năm có nhiều sự kiện chính trị quan trọng của tỉnh và đất nước.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2025-01-10',
    tags: ['dân vận', 'nhiệm vụ trọng tâm'],
    body: [
      'Năm 2025 là năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, đồng thời là năm thực hiện cuộc cách mạng về sắp xếp tổ chức bộ máy của hệ thống chính trị. Hội nghị xác định công tác dân vận phải đi trước một bước, tạo sự đồng thuận cao trong Nhân dân.',
      'Các đại biểu tập trung thảo luận cách nắm bắt tâm tư của cán bộ, công chức chịu tác động của việc sắp xếp; phương pháp tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính; việc chuẩn bị các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước. Nhiều ý kiến đề nghị cần có tài liệu hỏi - đáp ngắn gọn để cán bộ cơ sở giải thích cho Nhân dân.',
      'Kết luận hội nghị, đồng chí Lường Thị Mai Hoa, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy đề nghị mỗi cơ quan trong khối dân vận chủ động xây dựng kế hoạch, phân công rõ người, rõ việc, rõ thời gian hoàn thành; báo cáo kịp thời những vấn đề mới phát sinh. Đồng chí nhấn mạnh, càng trong giai đoạn có nhiều thay đổi, cán bộ dân vận càng phải sâu sát cơ sở.',
    ],
  },
  {
    title: 'Thăm, tặng quà gia đình chính sách, hộ nghèo dịp Tết Nguyên đán Ất Tỵ 2025',
    summary:
      'Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên trao hơn 26.000 suất quà Tết cho gia đình chính sách, hộ nghèo, công nhân có hoàn cảnh khó khăn.',
    section: 'tin-trong-tinh',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2025-01-20',
    tags: ['tết', 'an sinh xã hội', 'vì người nghèo'],
    body: [
      'Với tinh thần "Tết vì người nghèo, không để ai bị bỏ lại phía sau", Mặt trận các cấp đã vận động được hơn 21 tỷ đồng để chăm lo Tết cho Nhân dân. Mỗi suất quà gồm tiền mặt và nhu yếu phẩm, trị giá từ 500.000 đồng đến 1 triệu đồng.',
      'Đoàn công tác do đồng chí Tạ Quang Hiển, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm các gia đình ở xã Nà Khoang, nơi nhiều hộ vừa được hỗ trợ xây mới nhà ở sau bão số 3. Không khí đón Tết trong những ngôi nhà mới khiến ai cũng xúc động.',
      'Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương rà soát kỹ đối tượng, không để sót hộ khó khăn, đồng thời công khai danh sách nhận quà tại khu dân cư. Việc trao quà phải hoàn thành trước ngày 25 tháng Chạp để bà con kịp chuẩn bị đón Tết.',
    ],
  },
  {
    title: 'Mô hình "Camera an ninh - mắt thần khu dân cư" ở phường Bắc Sơn',
    summary:
      'Từ đóng góp tự nguyện của Nhân dân, phường Bắc Sơn đã lắp đặt 214 camera giám sát tại các tuyến phố, góp phần kéo giảm rõ rệt các vụ trộm cắp.',
    section: 'mo-hinh-dan-van-kheo',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2025-03-04',
    tags: ['dân vận khéo', 'an ninh trật tự', 'khu dân cư'],
    body: [
      'Năm 2023, các tổ dân phố ở phường Bắc Sơn liên tiếp xảy ra các vụ trộm xe máy, đồ đạc. Ban công tác Mặt trận các tổ dân phố đã đề xuất lắp camera giám sát bằng nguồn xã hội hóa và được Nhân dân đồng tình.',
      'Việc lựa chọn vị trí lắp đặt, đơn vị cung cấp và mức đóng góp đều được bàn bạc tại hội nghị tổ dân phố. Hình ảnh từ camera được kết nối với Công an phường, đồng thời người dân có thể xem trên điện thoại.',
      {
        list: [
          '214 camera được lắp đặt, tổng kinh phí hơn 1,1 tỷ đồng do Nhân dân tự nguyện đóng góp.',
          'Số vụ trộm cắp tài sản giảm 68% so với năm 2023.',
          'Camera hỗ trợ cơ quan chức năng làm rõ 23 vụ việc vi phạm pháp luật.',
        ],
      },
      'Mô hình được công nhận là mô hình "Dân vận khéo" cấp tỉnh năm 2024 trên lĩnh vực quốc phòng - an ninh và đang được nhân rộng ra các phường khác. Theo người dân, điều quan trọng nhất là mọi khoản đóng góp đều được công khai, có ban giám sát do chính Nhân dân bầu ra.',
    ],
  },
  {
    title: 'Dân vận chính quyền trong giải quyết thủ tục hành chính trên môi trường số',
    summary:
      'Khi thủ tục hành chính chuyển lên môi trường số, thái độ phục vụ và sự hướng dẫn tận tình của công chức vẫn là yếu tố quyết định sự hài lòng của người dân.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2025-03-18',
    tags: ['dân vận chính quyền', 'chuyển đổi số', 'cải cách hành chính'],
    body: [
      'Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình ở tỉnh Sơn Hà đạt trên 60%. Tuy nhiên, ở các xã vùng cao, nhiều người dân, nhất là người cao tuổi, vẫn chưa quen sử dụng dịch vụ công trực tuyến.',
      'Một số xã đã bố trí công chức, đoàn viên thanh niên trực tại bộ phận một cửa để hướng dẫn người dân thao tác trên điện thoại. Ở xã Tân Lập, mỗi hồ sơ trực tuyến được công chức gọi điện xác nhận và báo trước ngày trả kết quả.',
      { heading: 'Không để "số hóa" thành rào cản' },
      'Dân vận chính quyền trong môi trường số đòi hỏi công chức vừa thạo công nghệ vừa giữ được sự gần gũi, tận tụy. Cần tránh tình trạng yêu cầu người dân bổ sung hồ sơ nhiều lần hoặc từ chối tiếp nhận hồ sơ giấy khi người dân chưa có điều kiện nộp trực tuyến.',
      'Ban Dân vận Tỉnh ủy kiến nghị đưa tiêu chí "hướng dẫn tận tình, giải quyết đúng hẹn" vào đánh giá cán bộ, công chức hằng năm, đồng thời duy trì kênh tiếp nhận phản ánh của người dân qua tổng đài và ứng dụng di động. Mỗi phản ánh của người dân đều phải được trả lời, kể cả khi phản ánh chưa đúng.',
    ],
  },
  {
    title: 'Đại hội điểm Chi bộ thôn Đồng Mới nhiệm kỳ 2025-2027',
    summary:
      'Là đại hội điểm của huyện Hòa Lâm, Đại hội Chi bộ thôn Đồng Mới đã dành nhiều thời gian thảo luận những việc Nhân dân trong thôn quan tâm.',
    section: 'tien-toi-dai-hoi-dang',
    department: 'ban-dan-van-huyen-uy-hoa-lam',
    authors: ['trieu-thi-hanh'],
    eventDate: '2025-04-08',
    tags: ['đại hội đảng', 'chi bộ', 'dân chủ ở cơ sở'],
    body: [
      'Chi bộ thôn Đồng Mới có 34 đảng viên. Trước đại hội, chi bộ đã tổ chức họp thôn để lấy ý kiến Nhân dân vào dự thảo báo cáo chính trị, thu được 27 ý kiến, chủ yếu về giao thông nội đồng, nước sạch và điểm vui chơi cho trẻ em.',
      'Báo cáo chính trị trình đại hội đã tiếp thu các ý kiến này và đưa vào chỉ tiêu nhiệm kỳ 2025-2027: cứng hóa 2 km đường nội đồng, vận động 100% hộ dùng nước sạch và xây dựng sân chơi cho thiếu nhi. Nhiều đảng viên cho rằng, khi chỉ tiêu xuất phát từ mong muốn của Nhân dân thì việc vận động thực hiện sẽ thuận lợi hơn.',
      'Đại hội đã bầu đồng chí bí thư chi bộ đồng thời là trưởng thôn với số phiếu tín nhiệm cao. Kinh nghiệm từ đại hội điểm được Huyện ủy Hòa Lâm phổ biến để các chi bộ khác vận dụng.',
    ],
  },
  {
    title: 'Hào khí mùa Xuân 1975 và bài học về sức mạnh lòng dân',
    summary:
      'Thắng lợi của cuộc Tổng tiến công và nổi dậy mùa Xuân 1975 để lại bài học lớn: sức mạnh của Nhân dân là cội nguồn của mọi thắng lợi.',
    section: 'giai-phong-mien-nam',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2025-04-15',
    tags: ['giải phóng miền nam', '30/4', 'lịch sử'],
    body: [
      'Cuộc Tổng tiến công và nổi dậy mùa Xuân năm 1975 với đỉnh cao là Chiến dịch Hồ Chí Minh lịch sử đã kết thúc thắng lợi cuộc kháng chiến chống Mỹ, cứu nước. Đó là thắng lợi của đường lối đúng đắn của Đảng và của sức mạnh toàn dân tộc.',
      'Trong suốt những năm kháng chiến, Nhân dân cả hai miền đã chở che, nuôi giấu cán bộ, góp sức người, sức của cho tiền tuyến. Tinh thần "thóc không thiếu một cân, quân không thiếu một người" là minh chứng sinh động cho sức mạnh của công tác vận động quần chúng.',
      {
        quote:
          'Nước Việt Nam là một, dân tộc Việt Nam là một. Sông có thể cạn, núi có thể mòn, song chân lý ấy không bao giờ thay đổi.',
      },
      'Năm mươi năm sau ngày đất nước thống nhất, bài học "lấy dân làm gốc" vẫn còn nguyên giá trị. Trong công cuộc đổi mới hôm nay, chỉ khi chính sách hợp lòng dân, khi cán bộ thực sự gần dân, khối đại đoàn kết toàn dân tộc mới được củng cố vững chắc.',
    ],
  },
  {
    title: 'Tuổi trẻ Sơn Hà tiếp bước truyền thống, hành trình về địa chỉ đỏ',
    summary:
      'Hơn 1.500 đoàn viên, thanh niên tham gia hành trình về các địa chỉ đỏ, thắp nến tri ân tại nghĩa trang liệt sĩ nhân kỷ niệm 50 năm Ngày Giải phóng miền Nam.',
    section: 'giai-phong-mien-nam',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2025-04-22',
    tags: ['giải phóng miền nam', 'thanh niên', 'tri ân'],
    body: [
      'Hành trình bắt đầu tại Nghĩa trang liệt sĩ tỉnh, nơi an nghỉ của hơn 2.000 liệt sĩ, trong đó nhiều người con Sơn Hà đã hy sinh trên chiến trường miền Nam. Các đoàn viên dọn dẹp, thắp hương và nghe kể chuyện về những trận đánh năm xưa.',
      'Tại nhiều điểm dừng chân, các cựu chiến binh từng tham gia Chiến dịch Hồ Chí Minh đã giao lưu với thanh niên. Những câu chuyện giản dị về tình đồng đội, về ngày tiến vào Sài Gòn khiến nhiều bạn trẻ xúc động.',
      'Tỉnh đoàn phát động mỗi cơ sở đoàn nhận chăm sóc một phần mộ liệt sĩ hoặc một gia đình chính sách. Bí thư Tỉnh đoàn Kiều Minh Nhật nhấn mạnh, tri ân phải được thể hiện bằng việc học tập, lao động để xây dựng quê hương.',
    ],
  },
  {
    title: 'Ký ức tháng Tư của những người lính Sơn Hà',
    summary:
      'Những người lính Sơn Hà từng có mặt trong đoàn quân tiến về Sài Gòn kể lại ký ức về ngày 30/4/1975 và cuộc sống hôm nay.',
    section: 'giai-phong-mien-nam',
    department: 'hoi-cuu-chien-binh-tinh',
    authors: ['cao-xuan-toan'],
    eventDate: '2025-04-25',
    tags: ['giải phóng miền nam', 'cựu chiến binh', 'ký ức'],
    body: [
      'Năm 1975, ông Nguyễn Đình Sáu ở xã Vân Sơn vừa tròn 20 tuổi, là chiến sĩ thông tin của một sư đoàn bộ binh. Ông nhớ mãi buổi trưa 30/4, khi tin chiến thắng truyền qua máy, cả đơn vị ôm nhau khóc.',
      'Cùng đơn vị với ông có 11 người con Sơn Hà, 3 người đã nằm lại trên đường hành quân. Sau chiến tranh, những người trở về lại cùng nhau làm kinh tế, nuôi con khôn lớn và chăm sóc gia đình đồng đội đã hy sinh.',
      'Năm mươi năm đã qua, những người lính năm xưa nay đã ở tuổi thất thập. Họ vẫn miệt mài tham gia sinh hoạt hội, làm hòa giải viên, kể chuyện truyền thống cho các thế hệ học sinh.',
      { quote: 'Được sống đến ngày hôm nay là may mắn, phải sống sao cho xứng với những đồng đội không được trở về.' },
    ],
  },
  {
    title: 'Sơn Hà long trọng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước',
    summary:
      'Tối 29/4/2025, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ kỷ niệm trọng thể 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước.',
    section: 'giai-phong-mien-nam',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2025-04-29',
    tags: ['giải phóng miền nam', '30/4', 'kỷ niệm'],
    body: [
      'Lễ kỷ niệm được tổ chức tại Quảng trường trung tâm tỉnh với sự tham dự của hơn 3.000 đại biểu và Nhân dân. Trước đó, đoàn đại biểu lãnh đạo tỉnh đã dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ.',
      'Diễn văn kỷ niệm ôn lại những đóng góp to lớn của quân và dân Sơn Hà trong cuộc kháng chiến chống Mỹ, cứu nước. Toàn tỉnh đã có hàng chục nghìn thanh niên lên đường nhập ngũ, hàng nghìn người con đã anh dũng hy sinh.',
      'Những năm qua, tỉnh đã thực hiện tốt chính sách đối với người có công; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú. Phong trào xóa nhà tạm, nhà dột nát đã giúp hàng trăm gia đình người có công có nhà ở kiên cố.',
      'Sau phần lễ là chương trình nghệ thuật "Khúc khải hoàn mùa Xuân" và bắn pháo hoa chào mừng, tạo không khí phấn khởi trong Nhân dân. Nhiều cựu chiến binh lặng người xúc động khi những ca khúc cách mạng quen thuộc vang lên.',
    ],
  },
  {
    title: 'Bí thư chi đoàn 9X dẫn dắt thanh niên khởi nghiệp từ cây dược liệu',
    summary:
      'Anh Sùng A Páo, Bí thư Chi đoàn bản Pá Lủng, đã cùng 17 thanh niên trồng cây dược liệu dưới tán rừng, cho thu nhập ổn định mà vẫn giữ được rừng.',
    section: 'guong-dien-hinh',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2025-05-18',
    tags: ['thanh niên', 'khởi nghiệp', 'dân tộc thiểu số'],
    body: [
      'Sinh năm 1995, Sùng A Páo là một trong số ít thanh niên Mông ở bản Pá Lủng, xã Nà Khoang học xong cao đẳng nông lâm. Trở về bản, anh thấy nhiều bạn cùng trang lứa đi làm thuê xa nhà, trong khi rừng quê có sẵn điều kiện trồng dược liệu.',
      'Năm 2021, Páo vay vốn thanh niên, thử trồng 1 ha tam thất và sa nhân dưới tán rừng. Khi có kết quả, anh vận động đoàn viên trong chi đoàn thành lập tổ hợp tác, liên kết với một công ty dược bao tiêu sản phẩm.',
      'Đến nay, tổ hợp tác có 17 thành viên, canh tác 12 ha, thu nhập bình quân mỗi thành viên hơn 90 triệu đồng một năm. Không ai trong tổ còn phải đi làm thuê xa.',
      'Anh Sùng A Páo được Tỉnh đoàn tặng Giải thưởng "Thanh niên sống đẹp" năm 2025 và là đại biểu tiêu biểu dự Đại hội Hội Liên hiệp Thanh niên tỉnh. Anh dự định mở rộng liên kết với thanh niên các bản lân cận trong năm tới.',
    ],
  },
  {
    title: 'Vận động Nhân dân đồng thuận trong sắp xếp đơn vị hành chính cấp xã',
    summary:
      'Tỷ lệ cử tri đồng ý với phương án sắp xếp đơn vị hành chính cấp xã ở Sơn Hà đạt trên 98%, kết quả của công tác dân vận được tiến hành sớm và bài bản.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa', 'ngo-thi-thu-trang'],
    eventDate: '2025-05-28',
    tags: ['sắp xếp đơn vị hành chính', 'dân vận chính quyền', 'lấy ý kiến cử tri'],
    body: [
      'Theo đề án, tỉnh Sơn Hà sắp xếp 168 đơn vị hành chính cấp xã thành 62 xã, phường và kết thúc hoạt động của cấp huyện từ ngày 01/7/2025. Đây là thay đổi lớn, tác động trực tiếp đến tâm tư, thói quen và quyền lợi của Nhân dân.',
      'Ngay từ khi có chủ trương, Ban Dân vận Tỉnh ủy đã hướng dẫn các địa phương tổ chức hội nghị ở từng thôn, tổ dân phố để giải thích mục đích, lợi ích của việc sắp xếp. Những băn khoăn của người dân về tên gọi xã mới, nơi đặt trụ sở, việc điều chỉnh giấy tờ được giải đáp cụ thể.',
      { heading: 'Kết quả lấy ý kiến cử tri' },
      'Trong đợt lấy ý kiến cử tri, tỷ lệ cử tri tham gia đạt 99,1%, tỷ lệ đồng ý đạt 98,4%. Không có địa phương nào có tỷ lệ đồng ý dưới 90%.',
      'Thời gian tới, công tác dân vận cần tiếp tục hướng vào việc bảo đảm người dân không bị gián đoạn khi giải quyết thủ tục hành chính, quan tâm chăm lo cán bộ dôi dư và sử dụng hiệu quả trụ sở cũ. Ban Dân vận Tỉnh ủy sẽ tổ chức khảo sát sự hài lòng của người dân sau 6 tháng vận hành các xã, phường mới.',
    ],
  },
  {
    title: 'Chi hội phụ nữ bản Khe Mạ với mô hình "Nhà sạch, vườn đẹp"',
    summary:
      'Từ những buổi ra quân dọn vệ sinh đầu tiên, 100% hộ gia đình ở bản Khe Mạ đã có nhà tiêu hợp vệ sinh, chuồng trại được di dời ra xa nhà ở.',
    section: 'mo-hinh-dan-van-kheo',
    department: 'hoi-lien-hiep-phu-nu-tinh',
    authors: ['dang-thi-ngoc-lan'],
    eventDate: '2025-06-10',
    tags: ['dân vận khéo', 'phụ nữ', 'môi trường'],
    body: [
      'Trước năm 2022, ở bản Khe Mạ, gia súc thả rông dưới gầm sàn là hình ảnh quen thuộc. Chi hội phụ nữ bản đã chọn việc "làm sạch nhà, làm đẹp vườn" làm khâu đột phá, bắt đầu từ gia đình hội viên.',
      'Mỗi tháng, chi hội tổ chức chấm điểm và công bố kết quả tại buổi sinh hoạt bản. Hộ làm tốt được tặng cây giống, hộ chưa làm tốt được các chị em đến giúp đỡ tận nhà.',
      'Sau ba năm, 86 hộ trong bản đều có nhà tiêu hợp vệ sinh, 79 hộ đã di dời chuồng trại ra xa nhà ở, đường bản được trồng hoa hai bên. Cảnh quan sạch đẹp cũng giúp bản thu hút thêm khách du lịch.',
    ],
  },
  {
    title: 'Chuyển đổi số trong công tác dân vận: yêu cầu và giải pháp',
    summary:
      'Chuyển đổi số mở ra kênh mới để nắm tình hình và vận động Nhân dân, nhưng cũng đòi hỏi cán bộ dân vận thay đổi tư duy và kỹ năng.',
    section: 'nghien-cuu-trao-doi',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2025-06-26',
    tags: ['chuyển đổi số', 'nghiên cứu', 'công tác dân vận'],
    body: [
      'Hiện nay, phần lớn người dân trong tỉnh sử dụng điện thoại thông minh và mạng xã hội. Những vấn đề bức xúc thường xuất hiện trên mạng trước khi được phản ánh qua kênh chính thức, đòi hỏi công tác dân vận phải có mặt trên không gian mạng.',
      'Một số cơ sở đã lập nhóm Zalo thôn, trang thông tin của Mặt trận xã để thông báo, lấy ý kiến và trả lời thắc mắc của Nhân dân. Cách làm này giúp thông tin đến với người dân nhanh hơn, tiết kiệm thời gian hội họp.',
      { heading: 'Những việc cần làm' },
      {
        list: [
          'Xây dựng cơ sở dữ liệu về tình hình Nhân dân, mô hình "Dân vận khéo" dùng chung trong khối dân vận.',
          'Bồi dưỡng kỹ năng số cho cán bộ dân vận, Mặt trận, đoàn thể ở cơ sở.',
          'Chủ động cung cấp thông tin chính thống, kịp thời phản bác thông tin sai trái.',
          'Quan tâm những người yếu thế chưa tiếp cận công nghệ, không để ai bị bỏ lại phía sau.',
        ],
      },
      'Chuyển đổi số không thay thế việc cán bộ đến với dân, mà là công cụ để cán bộ hiểu dân hơn, phục vụ dân tốt hơn. Cái gốc của công tác dân vận vẫn là sự chân thành, tận tụy của người cán bộ.',
    ],
  },
  {
    title: 'Ban Dân vận Huyện ủy Hòa Lâm tổng kết hoạt động, kết thúc nhiệm vụ cấp huyện',
    summary:
      'Sau hơn 50 năm xây dựng và trưởng thành, Ban Dân vận Huyện ủy Hòa Lâm tổng kết hoạt động, bàn giao hồ sơ, nhiệm vụ trước khi kết thúc tổ chức cấp huyện.',
    section: 'tin-co-so',
    department: 'ban-dan-van-huyen-uy-hoa-lam',
    authors: ['trieu-thi-hanh'],
    eventDate: '2025-06-27',
    tags: ['sắp xếp bộ máy', 'tổng kết'],
    body: [
      'Tại buổi lễ, các thế hệ cán bộ Ban Dân vận Huyện ủy Hòa Lâm đã ôn lại chặng đường hoạt động, từ những năm vận động Nhân dân vào hợp tác xã đến phong trào hiến đất làm đường, xây dựng nông thôn mới hôm nay. Nhiều cán bộ đã nghỉ hưu vẫn trở về dự lễ, xúc động chia sẻ kỷ niệm của những năm tháng công tác.',
      'Giai đoạn 2021-2025, Ban đã tham mưu Huyện ủy lãnh đạo thực hiện hơn 600 mô hình "Dân vận khéo", trong đó nhiều mô hình được tỉnh công nhận. Toàn huyện không có điểm nóng, tỷ lệ hòa giải thành ở cơ sở đạt trên 90%.',
      'Đồng chí Triệu Thị Hạnh, Trưởng ban Dân vận Huyện ủy bày tỏ tin tưởng các cán bộ sau khi được bố trí về các xã mới sẽ tiếp tục phát huy kinh nghiệm, gắn bó với Nhân dân. Hồ sơ, tài liệu của Ban được bàn giao đầy đủ cho các đảng ủy xã và Ban Dân vận Tỉnh ủy.',
    ],
  },
  {
    title: 'Kế hoạch tổng kết phong trào thi đua Dân vận khéo giai đoạn 2021-2025',
    summary:
      'Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh ban hành kế hoạch tổng kết giai đoạn 2021-2025, lựa chọn 120 mô hình tiêu biểu để tôn vinh.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2025-07-02',
    tags: ['dân vận khéo', 'văn bản', 'tổng kết'],
    body: [
      'Mục đích của đợt tổng kết là đánh giá toàn diện kết quả phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025, rút ra bài học kinh nghiệm và đề ra phương hướng cho giai đoạn 2026-2030. Việc tổng kết được thực hiện từ cơ sở lên tỉnh, gắn với tôn vinh các tập thể, cá nhân tiêu biểu.',
      {
        list: [
          'Các đảng ủy xã, phường và đảng ủy trực thuộc tổng kết, gửi báo cáo trước ngày 30/9/2025.',
          'Mặt trận và các đoàn thể tỉnh tổng kết trong hệ thống, đề xuất mô hình tiêu biểu trước ngày 15/10/2025.',
          'Ban Dân vận Tỉnh ủy thẩm định, trình Ban Thường vụ Tỉnh ủy khen thưởng trước ngày 15/11/2025.',
          'Tổ chức hội nghị tổng kết cấp tỉnh trong tháng 11/2025.',
        ],
        ordered: true,
      },
      'Kế hoạch yêu cầu số liệu báo cáo phải chính xác, có minh chứng; mô hình đề xuất tôn vinh phải có hiệu quả thực tế, được Nhân dân ghi nhận và có khả năng nhân rộng. Đơn vị chậm gửi báo cáo sẽ không được xem xét khen thưởng trong đợt tổng kết.',
    ],
  },
  {
    title: 'Bà con giáo xứ Đồng Hòa chung tay xây dựng nông thôn mới',
    summary:
      'Giáo dân giáo xứ Đồng Hòa (xã Phúc Thịnh) đã hiến đất, góp công làm đường và xây dựng khu dân cư kiểu mẫu, thể hiện tinh thần "tốt đời, đẹp đạo".',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2025-07-15',
    tags: ['tôn giáo', 'công giáo', 'nông thôn mới'],
    body: [
      'Giáo xứ Đồng Hòa có hơn 3.200 giáo dân, sống xen kẽ với bà con lương ở ba thôn của xã Phúc Thịnh. Những năm qua, linh mục quản xứ và ban hành giáo luôn đồng hành với cấp ủy, chính quyền trong các phong trào ở địa phương.',
      'Trong hai năm 2024-2025, giáo dân đã hiến hơn 4.000 m² đất, đóng góp trên 2 tỷ đồng để mở rộng đường, xây cống thoát nước và lắp đèn chiếu sáng. Nhiều gia đình giáo dân còn giúp đỡ hộ nghèo trong thôn, không phân biệt lương - giáo.',
      'Theo đồng chí Hà Văn Lực, Trưởng phòng Dân tộc - Tôn giáo, Ban Dân vận Tỉnh ủy, kinh nghiệm ở Đồng Hòa là cán bộ thường xuyên gặp gỡ, trao đổi thẳng thắn với chức sắc, cùng bàn việc chung của thôn xóm và thực hiện đúng những gì đã cam kết. Nhờ vậy, mối quan hệ giữa chính quyền với giáo xứ luôn cởi mở, tin cậy.',
    ],
  },
  {
    title: 'Công đoàn cơ sở đồng hành cùng người lao động trong thương lượng tập thể',
    summary:
      'Nhân kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam, Liên đoàn Lao động tỉnh đánh giá kết quả thương lượng, ký kết thỏa ước lao động tập thể tại doanh nghiệp.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'lien-doan-lao-dong-tinh',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2025-07-28',
    tags: ['công đoàn', 'công nhân', 'thỏa ước lao động'],
    body: [
      'Toàn tỉnh hiện có 412 công đoàn cơ sở doanh nghiệp, trong đó 286 đơn vị đã ký kết thỏa ước lao động tập thể. Nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động so với quy định của pháp luật, như hỗ trợ nhà trọ, tăng giá trị bữa ăn ca.',
      'Để thương lượng hiệu quả, công đoàn cơ sở đã tổ chức lấy ý kiến đoàn viên qua phiếu khảo sát và nhóm trực tuyến, chọn ra những yêu cầu cấp thiết nhất. Liên đoàn Lao động tỉnh cử cán bộ có kinh nghiệm hỗ trợ trực tiếp tại bàn thương lượng.',
      'Nhờ quan hệ lao động hài hòa, năm 2025 trên địa bàn tỉnh không xảy ra ngừng việc tập thể. Đây là kết quả đáng ghi nhận của công tác dân vận trong khối doanh nghiệp.',
    ],
  },
  {
    title: 'Góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh: phát huy trí tuệ của Nhân dân',
    summary:
      'Hơn 52.000 lượt ý kiến của cán bộ, đảng viên và Nhân dân đã được tổng hợp, gửi Ban Chấp hành Đảng bộ tỉnh để hoàn thiện dự thảo văn kiện Đại hội lần thứ XX.',
    section: 'tien-toi-dai-hoi-dang',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2025-08-05',
    tags: ['đại hội đảng', 'góp ý văn kiện', 'dân chủ'],
    body: [
      'Dự thảo báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XX được đăng tải trên Cổng thông tin điện tử tỉnh và báo Sơn Hà, đồng thời gửi đến các khu dân cư để Nhân dân nghiên cứu, góp ý. Thời gian lấy ý kiến kéo dài một tháng, từ ngày 01/7 đến ngày 31/7/2025.',
      'Mặt trận và các đoàn thể đã tổ chức 1.140 hội nghị lấy ý kiến đoàn viên, hội viên. Các ý kiến tập trung vào phát triển hạ tầng giao thông vùng cao, đào tạo nghề cho lao động nông thôn, bảo vệ môi trường và nâng cao chất lượng y tế cơ sở.',
      { heading: 'Nhiều ý kiến tâm huyết' },
      'Nhiều người dân đề nghị văn kiện cần có giải pháp cụ thể để thu hút doanh nghiệp đầu tư vào nông nghiệp, giúp nông dân có đầu ra ổn định. Các cựu chiến binh đề nghị tăng cường đấu tranh phòng, chống tham nhũng, lãng phí, nhất là ở cơ sở.',
      'Đồng chí Đinh Xuân Khiêm khẳng định, mọi ý kiến đều được tổng hợp trung thực, đầy đủ, thể hiện niềm tin của Nhân dân đối với Đảng và mong muốn tỉnh phát triển nhanh, bền vững. Những ý kiến xác đáng sẽ được tiếp thu vào văn kiện trình Đại hội.',
    ],
  },
  {
    title: 'Nông dân Sơn Hà thi đua sản xuất, kinh doanh giỏi, liên kết chuỗi giá trị',
    summary:
      'Năm 2025, toàn tỉnh có hơn 41.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; nhiều hộ liên kết với hợp tác xã và doanh nghiệp.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'hoi-nong-dan-tinh',
    authors: ['le-huu-phuoc'],
    eventDate: '2025-08-12',
    tags: ['nông dân', 'sản xuất kinh doanh giỏi', 'nông sản'],
    body: [
      'Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững tiếp tục là phong trào trung tâm của các cấp hội. Nhiều hộ đã mạnh dạn ứng dụng công nghệ cao, sản xuất theo tiêu chuẩn VietGAP.',
      'Hội Nông dân tỉnh đã hỗ trợ thành lập 36 tổ hợp tác, hợp tác xã; giới thiệu 24 sản phẩm OCOP của hội viên tham gia hội chợ trong và ngoài tỉnh. Quỹ Hỗ trợ nông dân các cấp cho vay hơn 85 tỷ đồng, giúp hàng nghìn hộ phát triển sản xuất.',
      'Chủ tịch Hội Nông dân tỉnh Lê Hữu Phước cho biết, thời gian tới Hội sẽ tập trung xây dựng chuỗi liên kết sản xuất bưởi, chè và dược liệu, gắn với truy xuất nguồn gốc và thương mại điện tử. Hội cũng sẽ bổ sung nguồn vốn Quỹ Hỗ trợ nông dân để hội viên có điều kiện đầu tư sản xuất lớn.',
    ],
  },
  {
    title: 'Nâng cao hiệu quả công tác hòa giải ở cơ sở, góp phần giữ vững ổn định từ cơ sở',
    summary:
      'Hòa giải ở cơ sở là "phương thức dân vận" gần dân nhất; bài viết đề xuất giải pháp củng cố tổ hòa giải sau khi sắp xếp thôn, tổ dân phố.',
    section: 'nghien-cuu-trao-doi',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2025-08-20',
    tags: ['hòa giải ở cơ sở', 'nghiên cứu'],
    body: [
      'Toàn tỉnh hiện có hơn 1.300 tổ hòa giải với gần 8.000 hòa giải viên. Mỗi năm, các tổ hòa giải tiếp nhận khoảng 1.500 vụ việc, tỷ lệ hòa giải thành đạt trên 85%.',
      'Hòa giải viên phần lớn là người cao tuổi, cựu chiến binh, chi hội trưởng các đoàn thể, có uy tín và am hiểu phong tục, nhưng kiến thức pháp luật còn hạn chế. Kinh phí hỗ trợ cho hoạt động hòa giải còn thấp, chưa động viên được người làm công tác này.',
      {
        list: [
          'Kiện toàn tổ hòa giải ngay sau khi sáp nhập thôn, tổ dân phố, bổ sung người trẻ có trình độ.',
          'Bồi dưỡng kiến thức pháp luật về đất đai, hôn nhân và gia đình cho hòa giải viên.',
          'Phát huy vai trò người có uy tín, dòng họ, chức sắc tôn giáo trong hòa giải.',
          'Bố trí kinh phí hỗ trợ theo vụ việc, kịp thời khen thưởng hòa giải viên tiêu biểu.',
        ],
      },
      'Làm tốt hòa giải ở cơ sở sẽ giảm áp lực cho cơ quan tư pháp, giữ gìn tình làng nghĩa xóm và góp phần giữ vững ổn định chính trị từ cơ sở. Đó cũng chính là cách thiết thực để thực hiện phương châm giải quyết vụ việc ngay từ cơ sở.',
    ],
  },
  {
    title: 'Già làng Hoàng Văn Nhình: người giữ lửa đoàn kết ở bản vùng cao',
    summary:
      'Gần 20 năm là người có uy tín của bản Nà Lừa, già làng Hoàng Văn Nhình đã vận động bà con bỏ hủ tục, giữ rừng và cùng nhau làm ăn.',
    section: 'guong-dien-hinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2025-08-30',
    tags: ['người có uy tín', 'dân tộc thiểu số', 'người tốt việc tốt'],
    body: [
      'Ở bản Nà Lừa, xã Nà Khoang, ai cũng kính trọng ông Hoàng Văn Nhình, người Tày, năm nay 72 tuổi. Từ năm 2006, ông được bà con tín nhiệm bầu là người có uy tín của bản.',
      'Ông là người đầu tiên trong bản tổ chức đám cưới, đám tang theo nếp sống mới, không mổ nhiều trâu bò. Nhờ ông kiên trì vận động, bản đã xây dựng hương ước mới, trong đó có quy định bảo vệ 250 ha rừng đầu nguồn.',
      'Khi có tranh chấp đất nương giữa hai dòng họ, ông mời các trưởng họ về nhà, cùng ngồi uống chén trà và phân tích thiệt hơn. Vụ việc được giải quyết êm thấm, không phải đưa lên xã.',
      'Năm 2025, ông Hoàng Văn Nhình được Ủy ban nhân dân tỉnh tặng Bằng khen vì có thành tích xuất sắc trong thực hiện chính sách đối với người có uy tín. Ông bảo, còn sức thì còn đi vận động bà con, để bản ngày càng no ấm.',
    ],
  },
  {
    title: 'Người có uy tín trong đồng bào dân tộc thiểu số: cầu nối giữa Đảng với Nhân dân',
    summary:
      'Đội ngũ 612 người có uy tín trong đồng bào dân tộc thiểu số của tỉnh đang phát huy vai trò quan trọng trong tuyên truyền, vận động Nhân dân.',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2025-09-09',
    tags: ['người có uy tín', 'dân tộc thiểu số', 'đại đoàn kết'],
    body: [
      'Người có uy tín là già làng, trưởng bản, trưởng dòng họ, thầy cúng hoặc người có kinh nghiệm sản xuất, được cộng đồng tin tưởng. Lời nói của họ nhiều khi có sức thuyết phục hơn cả văn bản hành chính.',
      'Những năm qua, người có uy tín đã tham gia tuyên truyền về bảo vệ rừng, phòng, chống ma túy, xóa bỏ tảo hôn và hôn nhân cận huyết thống. Nhiều người đã trực tiếp hòa giải thành các vụ tranh chấp, góp phần giữ vững an ninh trật tự ở vùng cao.',
      { heading: 'Cần được quan tâm hơn' },
      'Cấp ủy, chính quyền các cấp cần thường xuyên cung cấp thông tin, mời người có uy tín dự các hội nghị quan trọng, lắng nghe ý kiến của họ. Chế độ hỗ trợ cần được chi trả kịp thời; người có uy tín có hoàn cảnh khó khăn cần được ưu tiên trong các chương trình hỗ trợ sinh kế.',
    ],
  },
  {
    title: 'Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ XX thành công tốt đẹp',
    summary:
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành khóa mới và thông qua Nghị quyết với nhiều chỉ tiêu quan trọng.',
    section: 'tien-toi-dai-hoi-dang',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2025-10-10',
    tags: ['đại hội đảng', 'nghị quyết'],
    body: [
      'Sau ba ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ XX, nhiệm kỳ 2025-2030 đã hoàn thành toàn bộ nội dung, chương trình đề ra. Dự đại hội có 350 đại biểu đại diện cho hơn 78.000 đảng viên trong toàn Đảng bộ.',
      'Đại hội xác định mục tiêu đến năm 2030, Sơn Hà trở thành tỉnh phát triển khá của khu vực, có công nghiệp chế biến và du lịch sinh thái là động lực tăng trưởng. Công tác dân vận được xác định là một trong những giải pháp quan trọng để củng cố niềm tin của Nhân dân.',
      {
        list: [
          'Tốc độ tăng trưởng kinh tế bình quân 8,5%/năm trở lên.',
          'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,5%/năm.',
          '100% xã đạt chuẩn nông thôn mới, 30% xã đạt chuẩn nông thôn mới nâng cao.',
          'Mức độ hài lòng của người dân với sự phục vụ của cơ quan hành chính đạt trên 90%.',
        ],
      },
      'Ngay sau bế mạc, khối dân vận tỉnh đã xây dựng kế hoạch tuyên truyền, đưa Nghị quyết Đại hội vào cuộc sống, gắn với các phong trào thi đua ở cơ sở. Mặt trận và các đoàn thể sẽ tổ chức quán triệt Nghị quyết đến đoàn viên, hội viên trong quý IV/2025.',
    ],
  },
  {
    title: 'Kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2025)',
    summary:
      'Ban Dân vận Tỉnh ủy tổ chức lễ kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng, đón nhận Bằng khen của Ban Dân vận Trung ương.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2025-10-14',
    tags: ['ngày dân vận', 'truyền thống', 'kỷ niệm'],
    body: [
      'Lễ kỷ niệm có sự tham dự của lãnh đạo Tỉnh ủy, các đồng chí nguyên Trưởng ban Dân vận Tỉnh ủy qua các thời kỳ và đại diện cán bộ dân vận cơ sở tiêu biểu. Buổi lễ diễn ra trang trọng tại Hội trường Tỉnh ủy.',
      'Diễn văn kỷ niệm nhấn mạnh, 95 năm qua, công tác dân vận luôn là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng. Ở Sơn Hà, cán bộ dân vận đã đồng hành với Nhân dân trong xây dựng quê hương, vượt qua thiên tai và bảo vệ vững chắc an ninh biên cương vùng cao.',
      { quote: 'Cán bộ phải "gần dân, hiểu dân, giúp dân, học dân" thì mới được dân tin, dân yêu, dân giúp.' },
      'Nhân dịp này, Ban Dân vận Tỉnh ủy vinh dự đón nhận Bằng khen của Ban Dân vận Trung ương vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025. Ban cũng tặng giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác dân vận.',
    ],
  },
  {
    title: 'Ủy ban MTTQ Việt Nam tỉnh ban hành Chương trình hành động giai đoạn 2025-2030',
    summary:
      'Chương trình xác định sáu nhóm nhiệm vụ trọng tâm của Mặt trận tỉnh trong nhiệm kỳ mới, sau khi các tổ chức chính trị - xã hội được sắp xếp trực thuộc Mặt trận.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2025-10-24',
    tags: ['mặt trận', 'chương trình hành động', 'đại đoàn kết'],
    body: [
      'Chương trình hành động được xây dựng trên cơ sở Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và yêu cầu đổi mới tổ chức, hoạt động của Mặt trận sau khi sắp xếp bộ máy. Mục tiêu là phát huy sức mạnh khối đại đoàn kết toàn dân tộc, thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội của tỉnh.',
      { heading: 'Sáu nhóm nhiệm vụ' },
      {
        list: [
          'Củng cố khối đại đoàn kết toàn dân tộc ở khu dân cư.',
          'Vận động Quỹ Vì người nghèo và chăm lo an sinh xã hội.',
          'Nâng cao chất lượng giám sát và phản biện xã hội.',
          'Hoàn thành hỗ trợ xóa nhà tạm, nhà dột nát.',
          'Tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp.',
          'Đổi mới hoạt động sau sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận.',
        ],
        ordered: true,
      },
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tạ Quang Hiển yêu cầu mỗi tổ chức thành viên cụ thể hóa chương trình bằng những việc làm thiết thực, hướng mạnh về cơ sở, lấy sự hài lòng của Nhân dân làm thước đo. Việc thực hiện chương trình sẽ được sơ kết vào năm 2027 và tổng kết vào năm 2030.',
    ],
  },
  {
    title: 'Dự thảo Quy chế phối hợp công tác dân vận giữa Ban Dân vận Tỉnh ủy và Đảng ủy Ủy ban nhân dân tỉnh',
    summary:
      'Dự thảo quy định nội dung, phương thức phối hợp trong công tác dân vận chính quyền, tiếp công dân và giải quyết kiến nghị của Nhân dân.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2025-11-10',
    draft: true,
    tags: ['quy chế', 'dân vận chính quyền', 'dự thảo'],
    body: [
      'Sau khi sắp xếp tổ chức bộ máy, việc phối hợp giữa Ban Dân vận Tỉnh ủy và Đảng ủy Ủy ban nhân dân tỉnh cần được quy định lại cho phù hợp. Dự thảo quy chế gồm 4 chương, 15 điều.',
      'Hai bên phối hợp trong việc nắm tình hình Nhân dân, xây dựng chính sách có tác động lớn đến đời sống Nhân dân, tổ chức đối thoại và giải quyết các vụ việc phức tạp. Định kỳ 6 tháng, hai bên tổ chức giao ban đánh giá kết quả.',
      'Dự thảo đang được gửi lấy ý kiến các sở, ngành và Ủy ban MTTQ Việt Nam tỉnh trước khi trình ký ban hành. Ý kiến góp ý gửi về Phòng Dân vận chính quyền của Ban trước ngày 30/11/2025.',
    ],
  },
  {
    title: 'Ngày hội Đại đoàn kết toàn dân tộc năm 2025: lan tỏa tinh thần đoàn kết ở khu dân cư',
    summary:
      'Nhân kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, 100% khu dân cư trong tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2025-11-17',
    tags: ['đại đoàn kết', 'khu dân cư', 'mặt trận'],
    body: [
      'Năm 2025 là năm đầu tiên Ngày hội được tổ chức sau khi sắp xếp thôn, tổ dân phố và chính quyền địa phương hai cấp. Nhiều khu dân cư mới sáp nhập đã chọn ngày hội làm dịp để bà con các thôn cũ gặp gỡ, gắn kết.',
      'Tại ngày hội, Mặt trận các cấp đã biểu dương hơn 4.500 gia đình văn hóa tiêu biểu, trao 230 nhà Đại đoàn kết và hàng nghìn suất quà cho hộ nghèo. Các hoạt động văn hóa, thể thao, ẩm thực truyền thống diễn ra sôi nổi.',
      'Đến tháng 8/2025, tỉnh đã hoàn thành hỗ trợ 1.850 hộ xóa nhà tạm, nhà dột nát, về đích sớm hơn kế hoạch. Đây là món quà ý nghĩa nhất dành cho Ngày hội năm nay.',
    ],
  },
  {
    title: 'Tổng kết phong trào thi đua Dân vận khéo giai đoạn 2021-2025, tôn vinh 120 mô hình tiêu biểu',
    summary:
      'Giai đoạn 2021-2025, toàn tỉnh đăng ký 15.486 mô hình "Dân vận khéo", đã thực hiện 14.702 mô hình; 120 mô hình tiêu biểu được tôn vinh.',
    section: 'phong-trao-thi-dua-dan-van-kheo',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem', 'luong-thi-mai-hoa'],
    eventDate: '2025-11-28',
    tags: ['dân vận khéo', 'tổng kết', 'khen thưởng'],
    body: [
      'Hội nghị tổng kết phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025 được Ban Chỉ đạo tỉnh tổ chức trang trọng, với sự tham dự của lãnh đạo Tỉnh ủy và hơn 400 đại biểu đại diện các mô hình tiêu biểu. Hội nghị được kết nối trực tuyến đến các đảng ủy xã, phường trong toàn tỉnh.',
      'Sau 5 năm, toàn tỉnh đăng ký 15.486 mô hình, đã thực hiện 14.702 mô hình. Trong đó, lĩnh vực kinh tế 5.318 mô hình, văn hóa - xã hội 6.127 mô hình, quốc phòng - an ninh 1.842 mô hình, xây dựng hệ thống chính trị 1.415 mô hình.',
      { heading: 'Bài học kinh nghiệm' },
      {
        list: [
          'Cấp ủy, người đứng đầu phải trực tiếp lãnh đạo, chỉ đạo và gương mẫu thực hiện.',
          'Mô hình phải xuất phát từ nhu cầu thực tế, lợi ích thiết thực của Nhân dân.',
          'Kịp thời sơ kết, biểu dương, nhân rộng mô hình hay, cách làm sáng tạo.',
        ],
      },
      'Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 120 mô hình tiêu biểu, trong đó có mô hình hiến đất làm đường ở xã Tân Lập, "Camera an ninh - mắt thần khu dân cư" ở phường Bắc Sơn và "Nhà sạch, vườn đẹp" ở bản Khe Mạ. Các mô hình tiêu biểu sẽ được giới thiệu rộng rãi để các địa phương học tập, nhân rộng trong giai đoạn 2026-2030.',
    ],
  },
  {
    title: 'Cựu chiến binh giúp nhau phát triển kinh tế, giảm nghèo bền vững',
    summary:
      'Nhân kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam, Hội Cựu chiến binh tỉnh biểu dương 95 hội viên làm kinh tế giỏi.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'hoi-cuu-chien-binh-tinh',
    authors: ['cao-xuan-toan'],
    eventDate: '2025-12-06',
    tags: ['cựu chiến binh', 'giảm nghèo', 'kinh tế'],
    body: [
      'Toàn tỉnh hiện có hơn 19.000 hội viên cựu chiến binh. Trong nhiệm kỳ qua, các cấp hội đã giúp 620 hộ hội viên thoát nghèo, không còn hội viên ở nhà tạm, nhà dột nát.',
      'Hội đã phối hợp với Ngân hàng Chính sách xã hội quản lý hơn 320 tỷ đồng vốn vay ủy thác, tỷ lệ nợ quá hạn rất thấp. Nhiều hội viên là chủ doanh nghiệp, trang trại đã tạo việc làm cho hàng nghìn lao động.',
      'Chủ tịch Hội Cựu chiến binh tỉnh Cao Xuân Toàn đề nghị các cấp hội tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", giúp nhau làm kinh tế, tham gia xây dựng Đảng và chính quyền ở cơ sở. Dịp này, 95 hội viên làm kinh tế giỏi được Hội Cựu chiến binh tỉnh tặng giấy khen.',
    ],
  },
  {
    title:
      'Hướng dẫn công tác dân vận phục vụ cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031',
    summary:
      'Ban Dân vận Tỉnh ủy hướng dẫn Mặt trận, đoàn thể tuyên truyền, vận động cử tri tham gia cuộc bầu cử ngày 15/3/2026.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2025-12-15',
    tags: ['bầu cử', 'văn bản', 'hướng dẫn'],
    body: [
      'Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 là sự kiện chính trị quan trọng, là dịp để Nhân dân thực hiện quyền làm chủ của mình. Ngày bầu cử được ấn định là Chủ nhật, ngày 15/3/2026.',
      {
        list: [
          'Tuyên truyền sâu rộng về ý nghĩa, quyền và nghĩa vụ của cử tri, nhất là ở vùng đồng bào dân tộc thiểu số, tôn giáo.',
          'Phối hợp tổ chức hội nghị hiệp thương, lấy ý kiến cử tri nơi cư trú đối với người ứng cử đúng quy định.',
          'Nắm tình hình Nhân dân, kịp thời giải quyết các kiến nghị, không để phát sinh điểm nóng trong thời gian bầu cử.',
          'Vận động người có uy tín, chức sắc tôn giáo gương mẫu đi bầu cử và vận động bà con cùng tham gia.',
        ],
        ordered: true,
      },
      'Ban Dân vận Tỉnh ủy đề nghị các đảng ủy xã, phường báo cáo nhanh tình hình Nhân dân trước, trong và sau ngày bầu cử. Những vụ việc phức tạp phải được báo cáo ngay để kịp thời chỉ đạo xử lý.',
    ],
  },
  {
    title: 'Ghi chép: một ngày theo chân cán bộ dân vận xã vùng cao',
    summary:
      'Ghi chép về một ngày làm việc của cán bộ dân vận xã Nà Khoang, nơi đường đến thôn xa nhất phải đi bộ gần hai giờ.',
    section: 'guong-dien-hinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2025-12-20',
    draft: true,
    tags: ['cán bộ cơ sở', 'ghi chép', 'vùng cao'],
    body: [
      'Sáu giờ sáng, chị Giàng Thị Dợ, cán bộ Ban Xây dựng Đảng phụ trách công tác dân vận xã Nà Khoang, đã khoác ba lô lên đường. Hôm nay chị đến bản Pá Lủng để nắm tình hình một vụ tranh chấp đất nương.',
      'Dọc đường, chị ghé vào mấy nhà có người già ốm, hỏi han chuyện ăn, chuyện ngủ. Chị bảo, muốn dân nói thật thì mình phải là người nhà của dân trước đã.',
      'Đến trưa, chị cùng trưởng bản và người có uy tín ngồi với hai gia đình. Câu chuyện kéo dài đến chiều thì hai bên đồng ý chia lại ranh giới nương, bắt tay nhau ra về.',
    ],
  },
  {
    title: 'Một số kết quả công tác Dân vận năm 2025, nhiệm vụ trọng tâm năm 2026',
    summary:
      'Năm 2025, công tác dân vận góp phần tạo đồng thuận trong sắp xếp bộ máy, tổ chức thành công đại hội đảng bộ các cấp; phong trào "Dân vận khéo" có 3.145 mô hình được thực hiện.',
    section: 'cong-tac-dan-van-mat-tran-doan-the',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2025-12-29',
    tags: ['tổng kết', 'dân vận khéo', 'nhiệm vụ trọng tâm'],
    body: [
      'Năm 2025, trong bối cảnh thực hiện nhiều nhiệm vụ lớn, chưa có tiền lệ, công tác dân vận của hệ thống chính trị tỉnh đã góp phần quan trọng tạo sự đồng thuận trong Nhân dân. Việc sắp xếp đơn vị hành chính, vận hành chính quyền địa phương hai cấp được triển khai thuận lợi; đại hội đảng bộ các cấp và Đại hội đại biểu Đảng bộ tỉnh lần thứ XX thành công tốt đẹp. Các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước được tổ chức trang trọng, ý nghĩa.',
      'Phong trào thi đua "Dân vận khéo" tiếp tục được đẩy mạnh. Năm 2025, toàn tỉnh đăng ký 3.334 mô hình, đã thực hiện 3.145 mô hình, trong đó lĩnh vực kinh tế 1.165 mô hình, văn hóa - xã hội 1.330 mô hình, quốc phòng - an ninh 387 mô hình, xây dựng hệ thống chính trị 263 mô hình. Nhiều mô hình đã góp phần hoàn thành sớm mục tiêu xóa 1.850 nhà tạm, nhà dột nát trên địa bàn tỉnh.',
      'Mặt trận và các tổ chức chính trị - xã hội đã hoàn thành việc sắp xếp, hoạt động ổn định; công tác giám sát, phản biện xã hội có nhiều đổi mới. Công tác dân tộc, tôn giáo được quan tâm, tình hình vùng đồng bào dân tộc thiểu số và vùng đồng bào có đạo ổn định.',
      'Bên cạnh kết quả đạt được, công tác dân vận vẫn còn hạn chế: việc nắm tình hình ở một số xã mới sau sắp xếp chưa kịp thời; một số mô hình "Dân vận khéo" chưa được duy trì bền vững; đội ngũ cán bộ làm công tác dân vận ở cơ sở còn thiếu kinh nghiệm. Những hạn chế này cần được tập trung khắc phục trong năm 2026.',
      { heading: 'Nhiệm vụ trọng tâm năm 2026' },
      {
        list: [
          'Một là, tuyên truyền, vận động Nhân dân thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.',
          'Hai là, đẩy mạnh công tác dân vận chính quyền, thực hiện dân chủ ở cơ sở gắn với vận hành hiệu quả chính quyền địa phương hai cấp, lấy sự hài lòng của Nhân dân làm thước đo.',
          'Ba là, nâng cao chất lượng phong trào thi đua "Dân vận khéo" giai đoạn 2026-2030 gắn với chuyển đổi số và xây dựng nông thôn mới, chú trọng nhân rộng các mô hình tiêu biểu.',
          'Bốn là, làm tốt công tác dân tộc, tôn giáo; nắm chắc tình hình Nhân dân, chủ động giải quyết các vụ việc phức tạp ngay từ cơ sở.',
          'Năm là, kiện toàn tổ chức, nâng cao năng lực đội ngũ cán bộ làm công tác dân vận, nhất là ở cấp xã sau sắp xếp; tăng cường kiểm tra, giám sát việc thực hiện Quy chế công tác dân vận của hệ thống chính trị.',
        ],
      },
      'Với truyền thống đoàn kết và những kinh nghiệm quý báu đã tích lũy, khối dân vận tỉnh quyết tâm thực hiện thắng lợi các nhiệm vụ năm 2026, góp phần đưa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX vào cuộc sống. Ban Dân vận Tỉnh ủy đề nghị các cấp ủy, Mặt trận và các đoàn thể cụ thể hóa các nhiệm vụ trên vào chương trình công tác của mình.',
    ],
  },
];
