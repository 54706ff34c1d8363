import type { SeedArticle } from '../types';

export const articles2024: SeedArticle[] = [
  {
    title: 'Hội nghị tổng kết công tác Dân vận năm 2023, triển khai nhiệm vụ năm 2024',
    summary:
      'Ngày 16/01/2024, Ban Dân vận Tỉnh ủy Sơn Hà tổ chức hội nghị tổng kết công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024 với hơn 200 đại biểu tham dự.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2024-01-16',
    tags: ['tổng kết', 'dân vận khéo'],
    body: [
      'Đồng chí Đinh Xuân Khiêm, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh, trưởng ban dân vận các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.',
      'Năm 2023, công tác dân vận của hệ thống chính trị tỉnh được triển khai đồng bộ, có nhiều đổi mới về nội dung và phương thức. Các cấp ủy đã lãnh đạo thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở ngay từ khi có hiệu lực. Công tác nắm tình hình Nhân dân được duy trì thường xuyên, nhiều vụ việc phức tạp được giải quyết dứt điểm từ cơ sở.',
      { heading: 'Trọng tâm năm 2024' },
      'Hội nghị thống nhất tập trung tuyên truyền, vận động Nhân dân thực hiện thắng lợi nghị quyết đại hội đảng bộ các cấp, nâng cao chất lượng công tác dân vận chính quyền và đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới. Các ban dân vận được giao chuẩn bị tốt điều kiện để Nhân dân tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.',
      'Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2023. Các tập thể, cá nhân được khen thưởng phần lớn là cán bộ dân vận, Mặt trận, đoàn thể ở cơ sở, những người trực tiếp bám dân, bám địa bàn.',
    ],
  },
  {
    title: 'Kế hoạch triển khai công tác dân vận năm 2024 của Ban Dân vận Tỉnh ủy',
    summary:
      'Kế hoạch xác định mục tiêu, nhiệm vụ và phân công thực hiện công tác dân vận năm 2024 trong hệ thống chính trị tỉnh Sơn Hà.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2024-01-25',
    tags: ['kế hoạch', 'văn bản'],
    body: [
      'Căn cứ Chương trình công tác năm 2024 của Tỉnh ủy, Ban Dân vận Tỉnh ủy ban hành kế hoạch triển khai công tác dân vận năm 2024. Mục đích của kế hoạch là tạo sự thống nhất trong nhận thức và hành động của cả hệ thống chính trị, tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân.',
      { heading: 'Nội dung chủ yếu' },
      {
        list: [
          'Tuyên truyền, vận động Nhân dân thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ phát triển kinh tế - xã hội của tỉnh.',
          'Tham mưu sơ kết, đánh giá việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại 100% xã, phường, thị trấn.',
          'Phát động và duy trì phong trào thi đua "Dân vận khéo" gắn với chương trình xây dựng nông thôn mới.',
          'Nắm chắc tình hình Nhân dân, tình hình tôn giáo, dân tộc; kịp thời tham mưu xử lý các vụ việc phát sinh.',
        ],
        ordered: true,
      },
      'Kế hoạch giao ban dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc xây dựng kế hoạch cụ thể, báo cáo kết quả định kỳ hằng quý về Ban Dân vận Tỉnh ủy. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh chủ động phối hợp trong quá trình triển khai.',
    ],
  },
  {
    title: 'Ban Dân vận Tỉnh ủy thăm, chúc Tết các chức sắc tôn giáo dịp Xuân Giáp Thìn 2024',
    summary:
      'Đoàn công tác của Ban Dân vận Tỉnh ủy đã đến thăm, chúc Tết Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và một số giáo xứ trên địa bàn huyện Phù Vân.',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2024-02-02',
    tags: ['tôn giáo', 'tết'],
    body: [
      'Dịp Tết Nguyên đán Giáp Thìn 2024, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lường Thị Mai Hoa, Phó Trưởng ban Thường trực làm trưởng đoàn đã đến thăm, chúc Tết Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và các giáo xứ Đồng Hòa, Phúc Thịnh thuộc huyện Phù Vân. Đoàn đã chúc mừng năm mới, trao quà và thăm hỏi sức khỏe các chức sắc, chức việc.',
      'Thay mặt đoàn, đồng chí Phó Trưởng ban Thường trực ghi nhận những đóng góp của chức sắc, chức việc và tín đồ các tôn giáo trong năm qua. Bà con giáo dân đã tích cực tham gia hiến đất làm đường, xây dựng nông thôn mới, giúp đỡ hộ nghèo và giữ gìn an ninh trật tự ở khu dân cư.',
      'Các chức sắc tôn giáo bày tỏ cảm ơn sự quan tâm của cấp ủy, chính quyền tỉnh. Các vị khẳng định sẽ tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", đồng hành cùng chính quyền trong các phong trào thi đua ở địa phương.',
    ],
  },
  {
    title: 'Đoàn viên thanh niên ra quân Tháng Thanh niên năm 2024',
    summary:
      'Sáng 05/3/2024, Tỉnh đoàn Sơn Hà tổ chức lễ ra quân Tháng Thanh niên với chủ đề "Thanh niên tiên phong chuyển đổi số, xây dựng nông thôn mới".',
    section: 'tin-co-so',
    department: 'tinh-doan',
    authors: ['kieu-minh-nhat'],
    eventDate: '2024-03-05',
    tags: ['thanh niên', 'chuyển đổi số', 'nông thôn mới'],
    body: [
      'Lễ ra quân được tổ chức tại xã Tân Lập, huyện Hòa Lâm với sự tham gia của gần 500 đoàn viên, thanh niên. Ngay sau buổi lễ, các đội hình tình nguyện đã làm sạch 3 km đường giao thông nông thôn, trồng 1.200 cây xanh và sửa chữa điện miễn phí cho các hộ gia đình chính sách.',
      'Trong Tháng Thanh niên, các cơ sở đoàn trong tỉnh tập trung hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và sử dụng dịch vụ công trực tuyến. Mỗi chi đoàn đăng ký ít nhất một công trình, phần việc thanh niên gắn với tiêu chí nông thôn mới của địa phương.',
      'Phát biểu tại lễ ra quân, đồng chí Kiều Minh Nhật, Bí thư Tỉnh đoàn đề nghị mỗi đoàn viên phải thực sự là "người thầy số" cho gia đình và hàng xóm. Tỉnh đoàn sẽ đánh giá, biểu dương các cơ sở đoàn làm tốt vào dịp kỷ niệm Ngày thành lập Đoàn 26/3.',
    ],
  },
  {
    title: 'Nâng cao hiệu quả thực hiện dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở năm 2022',
    summary:
      'Sau một năm Luật Thực hiện dân chủ ở cơ sở có hiệu lực, việc công khai, lấy ý kiến Nhân dân ở các xã, phường trong tỉnh có nhiều chuyển biến, song vẫn còn nơi làm hình thức.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2024-03-12',
    tags: ['dân chủ ở cơ sở', 'dân vận chính quyền'],
    body: [
      'Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023 đã tạo hành lang pháp lý quan trọng để Nhân dân thực hiện quyền làm chủ. Qua theo dõi của Ban Dân vận Tỉnh ủy, 100% xã, phường, thị trấn trong tỉnh đã niêm yết công khai những nội dung phải công khai theo quy định.',
      'Nhiều địa phương đã sáng tạo trong cách làm, như tổ chức hội nghị thôn vào buổi tối để người lao động có thể tham dự, lập nhóm Zalo của tổ dân phố để lấy ý kiến về các công trình công cộng. Ở huyện Hòa Lâm, việc bàn bạc công khai mức đóng góp làm đường đã giúp các thôn hoàn thành kế hoạch sớm hơn dự kiến.',
      { heading: 'Những hạn chế cần khắc phục' },
      'Tuy vậy, ở một số nơi việc lấy ý kiến Nhân dân còn mang tính thủ tục, biên bản hội nghị sơ sài, ý kiến của người dân chưa được tổng hợp, trả lời đầy đủ. Một bộ phận cán bộ, công chức cấp xã chưa nắm vững quy định của Luật, còn lúng túng khi hướng dẫn người dân thực hiện quyền giám sát.',
      { quote: 'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.' },
      'Thời gian tới, Ban Dân vận Tỉnh ủy sẽ phối hợp với Sở Nội vụ mở các lớp tập huấn cho cán bộ cơ sở, đồng thời đưa kết quả thực hiện dân chủ ở cơ sở vào tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm. Những địa phương thực hiện hình thức, để Nhân dân bức xúc sẽ được kiểm tra chuyên đề.',
    ],
  },
  {
    title: 'Hội Nông dân tỉnh ra quân hỗ trợ nông dân chuyển đổi số trong tiêu thụ nông sản',
    summary:
      'Hội Nông dân tỉnh Sơn Hà phối hợp với các doanh nghiệp viễn thông tập huấn cho hơn 2.000 hội viên cách đưa nông sản lên sàn thương mại điện tử.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'hoi-nong-dan-tinh',
    authors: ['le-huu-phuoc'],
    eventDate: '2024-03-26',
    tags: ['nông dân', 'chuyển đổi số', 'nông sản'],
    body: [
      'Chương trình được khởi động tại huyện Phù Vân, vùng trồng bưởi và rau an toàn lớn nhất tỉnh. Các học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, đăng ký mã QR truy xuất nguồn gốc và bán hàng qua livestream.',
      'Theo đồng chí Lê Hữu Phước, Chủ tịch Hội Nông dân tỉnh, nhiều hội viên có sản phẩm tốt nhưng vẫn phụ thuộc vào thương lái, giá cả bấp bênh. Khi biết tự giới thiệu sản phẩm trên mạng, người nông dân sẽ chủ động hơn về đầu ra và được hưởng phần giá trị tương xứng.',
      'Đến cuối năm 2024, Hội phấn đấu có ít nhất 300 hộ nông dân mở gian hàng trên các sàn thương mại điện tử. Các cơ sở hội sẽ thành lập tổ công nghệ số để hỗ trợ hội viên lớn tuổi.',
    ],
  },
  {
    title: 'Xã Tân Lập vận động nhân dân hiến đất mở rộng đường giao thông nông thôn',
    summary:
      'Bằng cách làm "dân vận khéo", xã Tân Lập (huyện Hòa Lâm) đã vận động 146 hộ hiến hơn 9.000 m² đất để mở rộng các tuyến đường liên thôn.',
    section: 'mo-hinh-dan-van-kheo',
    department: 'ban-dan-van-huyen-uy-hoa-lam',
    authors: ['trieu-thi-hanh'],
    eventDate: '2024-04-10',
    tags: ['dân vận khéo', 'nông thôn mới', 'hiến đất'],
    body: [
      'Đầu năm 2023, nhiều tuyến đường liên thôn của xã Tân Lập chỉ rộng chưa đầy 3 m, xe chở nông sản không vào được. Đảng ủy xã xác định muốn mở đường thì phải bắt đầu từ việc để Nhân dân bàn và quyết định.',
      'Cán bộ xã, thôn chia nhau đến từng hộ, trước hết là gia đình đảng viên, cán bộ, người có uy tín. Những hộ hiến đất đầu tiên được mời chia sẻ tại các cuộc họp thôn, tạo sức lan tỏa. Mức hỗ trợ làm lại tường rào, cổng ngõ được thống nhất công khai trước khi thi công.',
      {
        list: [
          '146 hộ tự nguyện hiến hơn 9.000 m² đất, không có khiếu nại.',
          '5,2 km đường được mở rộng lên 5 m, bê tông hóa toàn bộ.',
          'Nhân dân đóng góp trên 1,3 tỷ đồng và hơn 4.000 ngày công.',
        ],
      },
      'Mô hình đã được Ban Dân vận Huyện ủy Hòa Lâm đề nghị Ban Dân vận Tỉnh ủy công nhận là mô hình "Dân vận khéo" tiêu biểu năm 2024 trên lĩnh vực kinh tế. Từ kinh nghiệm của Tân Lập, nhiều xã trong huyện đã vận động Nhân dân hiến đất theo cách làm tương tự.',
    ],
  },
  {
    title: 'Vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở',
    summary:
      'Bài viết phân tích thực tiễn hoạt động giám sát, phản biện xã hội của Mặt trận Tổ quốc cấp xã ở Sơn Hà và đề xuất một số giải pháp.',
    section: 'nghien-cuu-trao-doi',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2024-05-08',
    tags: ['giám sát', 'phản biện xã hội', 'mặt trận'],
    body: [
      'Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc, được Hiến pháp và Luật Mặt trận Tổ quốc Việt Nam quy định. Ở cấp xã, nơi gần dân nhất, hoạt động này trực tiếp góp phần bảo vệ quyền và lợi ích chính đáng của Nhân dân.',
      'Ba năm qua, Mặt trận cấp xã trong tỉnh đã chủ trì gần 600 cuộc giám sát, tập trung vào việc thực hiện chính sách an sinh xã hội, quản lý đất đai và các công trình xây dựng cơ bản. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng phát hiện, kiến nghị điều chỉnh nhiều sai sót, được chính quyền tiếp thu.',
      { heading: 'Một số giải pháp' },
      {
        list: [
          'Lựa chọn nội dung giám sát sát với những vấn đề Nhân dân quan tâm, tránh dàn trải.',
          'Phát huy vai trò các thành viên Mặt trận, người có uy tín, chuyên gia trong phản biện.',
          'Theo dõi đến cùng việc tiếp thu, giải quyết kiến nghị sau giám sát.',
        ],
        ordered: true,
      },
      'Để các giải pháp đi vào thực chất, cấp ủy cần tạo điều kiện và chính quyền cần có trách nhiệm trả lời kiến nghị của Mặt trận đúng thời hạn. Chỉ khi đó, giám sát và phản biện mới thực sự trở thành kênh để Nhân dân tham gia xây dựng Đảng, xây dựng chính quyền.',
    ],
  },
  {
    title: 'Công nhân lao động các khu công nghiệp hưởng ứng Tháng Công nhân năm 2024',
    summary:
      'Liên đoàn Lao động tỉnh tổ chức chuỗi hoạt động chăm lo đời sống vật chất, tinh thần cho hơn 40.000 công nhân tại các khu công nghiệp.',
    section: 'tin-trong-tinh',
    department: 'lien-doan-lao-dong-tinh',
    authors: ['ngo-thi-thu-trang'],
    eventDate: '2024-05-10',
    tags: ['công nhân', 'công đoàn'],
    body: [
      'Tháng Công nhân năm 2024 được khai mạc tại Khu công nghiệp Nam Sơn Hà với chương trình "Phiên chợ nghĩa tình công đoàn". Hơn 3.000 suất hàng giảm giá và 500 phần quà đã được trao cho đoàn viên có hoàn cảnh khó khăn.',
      'Trong tháng, công đoàn các cấp tổ chức 45 cuộc đối thoại giữa người sử dụng lao động và người lao động, tập trung vào tiền lương, bữa ăn ca và an toàn vệ sinh lao động. Nhiều kiến nghị đã được doanh nghiệp tiếp thu ngay tại hội nghị.',
      'Ban Dân vận Tỉnh ủy đánh giá cao cách làm gần gũi của tổ chức công đoàn, coi đây là biểu hiện cụ thể của công tác dân vận trong doanh nghiệp ngoài nhà nước, góp phần xây dựng quan hệ lao động hài hòa, ổn định. Ban đề nghị cấp ủy trong các doanh nghiệp tiếp tục tạo điều kiện để tổ chức công đoàn hoạt động thực chất.',
    ],
  },
  {
    title: 'Cựu chiến binh Phạm Văn Nghĩa với mô hình kinh tế trang trại tổng hợp',
    summary:
      'Từ mảnh đồi bạc màu, cựu chiến binh Phạm Văn Nghĩa ở xã Vân Sơn đã xây dựng trang trại cho thu nhập hơn 800 triệu đồng mỗi năm và giúp nhiều đồng đội thoát nghèo.',
    section: 'guong-dien-hinh',
    department: 'hoi-cuu-chien-binh-tinh',
    authors: ['cao-xuan-toan'],
    eventDate: '2024-05-20',
    tags: ['cựu chiến binh', 'người tốt việc tốt', 'kinh tế'],
    body: [
      'Rời quân ngũ năm 1992, ông Phạm Văn Nghĩa trở về quê với hai bàn tay trắng. Ông nhận khoán 5 ha đồi cằn cỗi, vừa trồng keo vừa thử nghiệm cây ăn quả, chăn nuôi gà đồi.',
      'Sau hơn 30 năm, trang trại của ông có 2 ha bưởi, 1 ha ổi, đàn gà thả vườn hơn 3.000 con và ao cá. Trang trại tạo việc làm thường xuyên cho 8 lao động địa phương, trong đó có 3 cựu chiến binh.',
      'Ông Nghĩa còn cho các hội viên khó khăn vay vốn không lấy lãi, cung cấp giống và hướng dẫn kỹ thuật. Nhờ đó, 11 gia đình hội viên trong xã đã thoát nghèo bền vững.',
      { quote: 'Ở chiến trường mình không bỏ đồng đội, về đời thường cũng vậy, có cái ăn thì cùng nhau làm.' },
      'Năm 2024, ông Phạm Văn Nghĩa vinh dự được Hội Cựu chiến binh Việt Nam tặng Bằng khen vì có thành tích xuất sắc trong phong trào "Cựu chiến binh gương mẫu". Ông được các hội viên xem là tấm gương tiêu biểu của người lính Cụ Hồ trên mặt trận phát triển kinh tế.',
    ],
  },
  {
    title: 'Đồng bào Dao ở bản Khe Mạ giữ gìn bản sắc văn hóa gắn với du lịch cộng đồng',
    summary:
      'Được cấp ủy, chính quyền và người có uy tín vận động, đồng bào Dao ở bản Khe Mạ, xã Nà Khoang đã phục dựng lễ hội truyền thống và làm du lịch cộng đồng.',
    section: 'cong-tac-ton-giao-dan-toc',
    department: 'ban-dan-van-tinh-uy',
    authors: ['ha-van-luc'],
    eventDate: '2024-06-04',
    tags: ['dân tộc thiểu số', 'du lịch cộng đồng', 'văn hóa'],
    body: [
      'Bản Khe Mạ nằm dưới chân núi, có 86 hộ đồng bào Dao đỏ sinh sống. Trước đây, bà con chủ yếu trồng ngô, lúa nương, đời sống nhiều khó khăn, nhiều phong tục đẹp dần bị mai một.',
      'Từ năm 2021, Đảng ủy xã Nà Khoang chọn Khe Mạ làm điểm xây dựng bản văn hóa gắn với du lịch. Trưởng bản và các già làng trực tiếp vận động bà con giữ lại nhà truyền thống, mở lớp dạy chữ Nôm Dao và thêu thổ cẩm cho thanh thiếu niên.',
      'Hiện bản có 12 hộ làm homestay, đội văn nghệ truyền thống và tổ hướng dẫn viên là thanh niên trong bản. Năm 2023, bản đón hơn 6.000 lượt khách, thu nhập bình quân tăng gấp đôi so với năm 2020.',
      'Kinh nghiệm từ Khe Mạ cho thấy, khi bà con được bàn bạc, được hưởng lợi trực tiếp thì việc giữ gìn bản sắc văn hóa trở thành nhu cầu tự thân chứ không còn là vận động hành chính. Ban Dân vận Tỉnh ủy đang đề xuất nhân rộng cách làm này tại một số bản có điều kiện tương tự ở huyện Thượng Nguyên.',
    ],
  },
  {
    title: 'Hội Liên hiệp Phụ nữ tỉnh triển khai Dự án 8 về bình đẳng giới vùng đồng bào dân tộc thiểu số',
    summary:
      'Hội Liên hiệp Phụ nữ tỉnh thành lập 64 tổ truyền thông cộng đồng tại các thôn, bản vùng cao để thay đổi định kiến giới và phòng, chống tảo hôn.',
    section: 'doan-the-chinh-tri-xa-hoi',
    department: 'hoi-lien-hiep-phu-nu-tinh',
    authors: ['dang-thi-ngoc-lan'],
    eventDate: '2024-06-18',
    tags: ['phụ nữ', 'bình đẳng giới', 'dân tộc thiểu số'],
    body: [
      'Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được Hội Liên hiệp Phụ nữ tỉnh triển khai tại 38 xã. Đối tượng ưu tiên là phụ nữ, trẻ em gái ở các thôn, bản đặc biệt khó khăn.',
      'Các tổ truyền thông cộng đồng gồm trưởng thôn, chi hội trưởng phụ nữ, người có uy tín và y tế thôn bản. Tổ sinh hoạt hằng tháng bằng tiếng dân tộc, lồng ghép tiểu phẩm, hỏi đáp để bà con dễ hiểu, dễ nhớ.',
      'Sau hai năm, số vụ tảo hôn tại các xã thực hiện dự án giảm rõ rệt; nhiều nam giới đã cùng chia sẻ việc nhà, đưa vợ đi khám thai định kỳ. Hội cũng hỗ trợ 120 phụ nữ dân tộc thiểu số tiếp cận vốn vay để phát triển sinh kế.',
    ],
  },
  {
    title: 'Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2024',
    summary:
      'Ban Dân vận Tỉnh ủy dự kiến mở 3 lớp tập huấn cho trưởng khối dân vận và cán bộ Mặt trận, đoàn thể cấp xã.',
    section: 'tin-co-so',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-06-27',
    draft: true,
    tags: ['tập huấn', 'cán bộ cơ sở'],
    body: [
      'Các lớp tập huấn dự kiến tổ chức tại ba cụm: Hòa Lâm, Phù Vân và Thượng Nguyên, mỗi lớp khoảng 120 học viên. Nội dung gồm kỹ năng nắm tình hình Nhân dân, kỹ năng đối thoại và vận động quần chúng trong các vụ việc phức tạp.',
      'Giảng viên là lãnh đạo Ban Dân vận Tỉnh ủy, Trường Chính trị tỉnh và một số bí thư đảng ủy xã có kinh nghiệm thực tiễn. Học viên sẽ thảo luận theo nhóm các tình huống cụ thể xảy ra tại địa phương.',
      'Ban đề nghị các huyện ủy cử đúng thành phần, bảo đảm thời gian học tập. Kết quả tập huấn sẽ được đánh giá bằng bài thu hoạch cuối khóa.',
    ],
  },
  {
    title: 'Quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng',
    summary:
      'Tỉnh ủy Sơn Hà tổ chức hội nghị trực tuyến đến 168 điểm cầu quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.',
    section: 'tien-toi-dai-hoi-dang',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-07-15',
    tags: ['đại hội đảng', 'chỉ thị'],
    body: [
      'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị đề ra yêu cầu tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 thực sự là đợt sinh hoạt chính trị sâu rộng trong toàn Đảng, toàn dân và toàn quân. Hội nghị quán triệt được tổ chức trực tuyến từ Tỉnh ủy đến các đảng ủy xã, phường, thị trấn.',
      'Đối với khối dân vận, Chỉ thị đặt ra yêu cầu phát huy dân chủ, tổ chức lấy ý kiến đóng góp của Nhân dân vào dự thảo văn kiện đại hội một cách thực chất. Ban Dân vận Tỉnh ủy được giao hướng dẫn Mặt trận, đoàn thể tổ chức các hội nghị lấy ý kiến của đoàn viên, hội viên và Nhân dân.',
      { heading: 'Yêu cầu đối với công tác dân vận' },
      {
        list: [
          'Nắm chắc tư tưởng, tâm trạng của cán bộ, đảng viên và Nhân dân trước, trong và sau đại hội.',
          'Tổng hợp đầy đủ, trung thực ý kiến góp ý của Nhân dân, phản ánh kịp thời với cấp ủy.',
          'Kịp thời đấu tranh với thông tin sai trái, xuyên tạc về công tác chuẩn bị đại hội.',
        ],
      },
    ],
  },
  {
    title: 'Hội nghị sơ kết phong trào thi đua Dân vận khéo 6 tháng đầu năm 2024',
    summary:
      'Sáu tháng đầu năm 2024, toàn tỉnh có 3.208 mô hình "Dân vận khéo" đăng ký, trong đó 1.846 mô hình đã hoàn thành hoặc cơ bản hoàn thành.',
    section: 'phong-trao-thi-dua-dan-van-kheo',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-07-25',
    tags: ['dân vận khéo', 'sơ kết'],
    body: [
      'Hội nghị do Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh tổ chức theo hình thức trực tuyến. Báo cáo sơ kết cho thấy các cấp ủy đã quan tâm đăng ký mô hình ngay từ đầu năm, nhiều mô hình gắn với nhiệm vụ chính trị trọng tâm của địa phương.',
      'Các mô hình lĩnh vực kinh tế tập trung vào hiến đất làm đường, chuyển đổi cơ cấu cây trồng, liên kết tiêu thụ sản phẩm. Lĩnh vực văn hóa - xã hội nổi bật với các mô hình vận động xóa nhà tạm, giữ gìn vệ sinh môi trường và phòng chống tệ nạn xã hội.',
      'Tuy nhiên, một số mô hình đăng ký còn chung chung, trùng lặp với nhiệm vụ chuyên môn; việc nhân rộng mô hình hay chưa được quan tâm đúng mức. Hội nghị đề nghị các địa phương rà soát, lựa chọn mô hình cụ thể, đo đếm được kết quả.',
      'Dịp này, Ban Chỉ đạo biểu dương 30 mô hình có cách làm sáng tạo, hiệu quả trong 6 tháng đầu năm. Các mô hình được biểu dương sẽ được giới thiệu trên chuyên mục "Mô hình Dân vận khéo" của trang thông tin điện tử Ban Dân vận Tỉnh ủy.',
    ],
  },
  {
    title: 'Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận chính quyền tại huyện Hòa Lâm',
    summary:
      'Đoàn kiểm tra đánh giá việc thực hiện công tác dân vận của cơ quan nhà nước, tiếp công dân và giải quyết phản ánh, kiến nghị của Nhân dân tại huyện Hòa Lâm.',
    section: 'dan-van-chinh-quyen',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa', 'ngo-thi-thu-trang'],
    eventDate: '2024-08-14',
    tags: ['dân vận chính quyền', 'kiểm tra'],
    body: [
      'Đoàn kiểm tra đã làm việc với Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện Hòa Lâm và trực tiếp kiểm tra tại xã Tân Lập, thị trấn Hòa Lâm. Nội dung kiểm tra tập trung vào việc thực hiện quy chế dân chủ, cải cách hành chính và văn hóa công vụ.',
      'Huyện Hòa Lâm đã duy trì tốt việc người đứng đầu tiếp công dân định kỳ, 100% thủ tục hành chính cấp xã được tiếp nhận qua bộ phận một cửa. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, nhiều phản ánh của Nhân dân qua đường dây nóng được xử lý trong ngày.',
      'Đoàn đề nghị huyện tiếp tục đối thoại với Nhân dân về công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm; nâng cao tinh thần, thái độ phục vụ của đội ngũ cán bộ, công chức ở bộ phận một cửa cấp xã. Kết quả kiểm tra sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong quý IV/2024.',
    ],
  },
  {
    title: 'Tổ hòa giải thôn Đồng Mới: gần gũi, thấu tình đạt lý',
    summary:
      'Nhiều năm liền, thôn Đồng Mới (xã Tân Lập) không có vụ việc phải chuyển lên cấp trên nhờ tổ hòa giải hoạt động kiên trì và sát dân.',
    section: 'tin-co-so',
    department: 'ban-dan-van-huyen-uy-hoa-lam',
    authors: ['trieu-thi-hanh'],
    eventDate: '2024-08-27',
    tags: ['hòa giải ở cơ sở', 'khu dân cư'],
    body: [
      'Tổ hòa giải thôn Đồng Mới có 7 thành viên gồm trưởng thôn, chi hội trưởng các đoàn thể và hai người cao tuổi có uy tín. Tổ chia nhau phụ trách từng xóm nên hầu như mọi mâu thuẫn phát sinh đều được biết ngay từ đầu.',
      'Phần lớn vụ việc là tranh chấp ranh giới đất, lối đi chung hay va chạm trong sinh hoạt. Các thành viên tổ không vội phân xử mà kiên trì nghe hai bên, đối chiếu hồ sơ địa chính, rồi mời người thân, dòng họ cùng tham gia thuyết phục.',
      'Năm 2023 và 6 tháng đầu năm 2024, tổ đã hòa giải thành 19/20 vụ việc. Mô hình được Ban Dân vận Huyện ủy Hòa Lâm giới thiệu để các thôn khác trong huyện học tập.',
    ],
  },
  {
    title: 'Khẩn trương khắc phục hậu quả bão số 3, hỗ trợ Nhân dân ổn định cuộc sống',
    summary:
      'Ủy ban MTTQ Việt Nam tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 3 và mưa lũ, tiếp nhận hơn 18 tỷ đồng trong 10 ngày đầu.',
    section: 'tin-trong-tinh',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2024-09-12',
    tags: ['phòng chống thiên tai', 'cứu trợ', 'mặt trận'],
    body: [
      'Hoàn lưu bão số 3 gây mưa lớn trên diện rộng, làm sạt lở nhiều tuyến đường ở huyện Thượng Nguyên, ngập úng hàng nghìn héc-ta lúa và hoa màu ở huyện Phù Vân. Ngay sau khi nước rút, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ra lời kêu gọi toàn dân chung tay ủng hộ.',
      'Cán bộ, chiến sĩ lực lượng vũ trang, đoàn viên thanh niên và hội viên các đoàn thể đã giúp Nhân dân dọn bùn đất, dựng lại nhà cửa, khơi thông cống rãnh. Nhiều doanh nghiệp, nhà hảo tâm trực tiếp mang gạo, nước sạch, thuốc men đến các điểm sơ tán.',
      'Ủy ban MTTQ Việt Nam tỉnh yêu cầu việc phân bổ tiền, hàng cứu trợ phải công khai, đúng đối tượng, ưu tiên hộ có người chết, người bị thương và hộ mất nhà ở. Danh sách hỗ trợ được niêm yết tại nhà văn hóa thôn để Nhân dân giám sát.',
      { quote: 'Lá lành đùm lá rách, một miếng khi đói bằng một gói khi no.' },
    ],
  },
  {
    title: 'Một số giải pháp nâng cao chất lượng công tác dân vận trong tình hình mới',
    summary:
      'Từ thực tiễn của tỉnh, tác giả đề xuất năm nhóm giải pháp nhằm nâng cao chất lượng công tác dân vận của hệ thống chính trị.',
    section: 'nghien-cuu-trao-doi',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-09-25',
    tags: ['nghiên cứu', 'công tác dân vận'],
    body: [
      'Tình hình mới đặt ra nhiều yêu cầu đối với công tác dân vận: cơ cấu xã hội biến đổi nhanh, người dân tiếp cận thông tin đa chiều trên không gian mạng, những vấn đề về đất đai, môi trường, việc làm ngày càng phức tạp. Phương thức vận động theo lối cũ, nặng về hội họp, không còn phù hợp.',
      { heading: 'Những nhóm giải pháp chủ yếu' },
      {
        list: [
          'Nâng cao nhận thức, trách nhiệm của người đứng đầu cấp ủy, chính quyền về công tác dân vận.',
          'Đẩy mạnh dân vận chính quyền, lấy sự hài lòng của người dân làm thước đo.',
          'Đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, hướng mạnh về cơ sở.',
          'Ứng dụng công nghệ số trong nắm tình hình, tuyên truyền và vận động Nhân dân.',
          'Xây dựng đội ngũ cán bộ dân vận có bản lĩnh, kỹ năng, "trọng dân, gần dân, hiểu dân, học dân".',
        ],
        ordered: true,
      },
      'Các giải pháp trên có quan hệ chặt chẽ với nhau. Trong đó, giải pháp về nâng cao trách nhiệm của người đứng đầu có ý nghĩa quyết định, bởi chỉ khi người đứng đầu gương mẫu, gần dân thì công tác dân vận mới có sức thuyết phục.',
    ],
  },
  {
    title: 'Mặt trận Tổ quốc tỉnh vận động ủng hộ Quỹ Vì người nghèo, chung tay xóa nhà tạm, nhà dột nát',
    summary:
      'Hưởng ứng phong trào thi đua cả nước chung tay xóa nhà tạm, nhà dột nát, Mặt trận tỉnh Sơn Hà phấn đấu hỗ trợ 1.850 hộ có nhà ở kiên cố trước cuối năm 2025.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2024-10-08',
    tags: ['vì người nghèo', 'xóa nhà tạm', 'an sinh xã hội'],
    body: [
      'Lễ phát động được tổ chức tại phường Bắc Sơn với sự tham gia của lãnh đạo tỉnh, các doanh nghiệp và đông đảo Nhân dân. Ngay tại buổi lễ, các tổ chức, cá nhân đã đăng ký ủng hộ hơn 32 tỷ đồng.',
      'Theo rà soát, toàn tỉnh còn 1.850 hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát, tập trung ở các huyện vùng cao. Mức hỗ trợ từ 50 đến 70 triệu đồng mỗi nhà, kết hợp với ngày công của bà con, dòng họ và các đoàn thể.',
      'Ủy ban MTTQ Việt Nam tỉnh đề nghị mỗi cán bộ, đảng viên, công chức ủng hộ ít nhất một ngày lương. Danh sách hộ được hỗ trợ được bình xét công khai tại khu dân cư, bảo đảm đúng đối tượng, không để xảy ra tiêu cực.',
    ],
  },
  {
    title: 'Kỷ niệm 94 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2024)',
    summary:
      'Ban Dân vận Tỉnh ủy tổ chức gặp mặt cán bộ dân vận qua các thời kỳ và phát động đợt thi đua chào mừng đại hội đảng bộ các cấp.',
    section: 'tin-trong-tinh',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2024-10-15',
    tags: ['ngày dân vận', 'truyền thống'],
    body: [
      'Tại buổi gặp mặt, các đại biểu ôn lại truyền thống vẻ vang của công tác dân vận, từ khi Trung ương Đảng thành lập Ban Dân vận ngày 15/10/1930 đến nay. Nhiều cán bộ lão thành xúc động kể lại những năm tháng "ba cùng" với Nhân dân ở các bản làng vùng cao.',
      'Phát biểu tại buổi lễ, đồng chí Đinh Xuân Khiêm khẳng định, trải qua các thời kỳ, cán bộ dân vận Sơn Hà luôn bám dân, bám cơ sở, góp phần quan trọng vào thắng lợi của các nhiệm vụ chính trị của tỉnh. Đồng chí đề nghị mỗi cán bộ dân vận tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về công tác dân vận.',
      { quote: 'Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.' },
      'Dịp này, Ban Dân vận Tỉnh ủy phát động đợt thi đua cao điểm thực hiện thắng lợi nhiệm vụ công tác dân vận năm 2024, chào mừng đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Nhiều tập thể, cá nhân đã đăng ký những phần việc cụ thể ngay tại buổi lễ.',
    ],
  },
  {
    title: 'Chi hội trưởng phụ nữ Lò Thị Xuân và tổ tiết kiệm giúp chị em vươn lên',
    summary:
      'Hơn 10 năm làm chi hội trưởng, chị Lò Thị Xuân ở bản Na Hát đã duy trì tổ tiết kiệm giúp hàng chục chị em có vốn làm ăn, thoát nghèo.',
    section: 'guong-dien-hinh',
    department: 'hoi-lien-hiep-phu-nu-tinh',
    authors: ['dang-thi-ngoc-lan'],
    eventDate: '2024-10-20',
    tags: ['phụ nữ', 'người tốt việc tốt', 'giảm nghèo'],
    body: [
      'Năm 2013, khi nhận nhiệm vụ chi hội trưởng phụ nữ bản Na Hát, chị Lò Thị Xuân nhận thấy nhiều chị em muốn nuôi lợn, nuôi gà nhưng không có vốn, phải vay nặng lãi. Chị bàn với chi hội lập tổ tiết kiệm, mỗi tháng mỗi người góp một ít.',
      'Từ 15 thành viên ban đầu, đến nay tổ có 42 chị em với số vốn quay vòng hơn 300 triệu đồng. Mỗi năm tổ xét cho 8 đến 10 chị vay không lãi, ưu tiên hộ nghèo và phụ nữ đơn thân.',
      'Không chỉ giúp vốn, chị Xuân còn cùng chị em học kỹ thuật nuôi gà đen, trồng rau an toàn, vận động chồng con cùng chia sẻ việc nhà. Bản Na Hát từ chỗ có 31 hộ nghèo nay chỉ còn 6 hộ.',
      'Nhân dịp kỷ niệm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10, chị Lò Thị Xuân được Hội Liên hiệp Phụ nữ tỉnh tặng Bằng khen. Chị tâm sự, phần thưởng lớn nhất là thấy chị em trong bản có nhà mới, con cái được đến trường đầy đủ.',
    ],
  },
  {
    title: 'Dự thảo hướng dẫn đánh giá, công nhận mô hình Dân vận khéo cấp tỉnh',
    summary:
      'Dự thảo quy định tiêu chí, quy trình đánh giá và công nhận mô hình "Dân vận khéo" cấp tỉnh, đang lấy ý kiến các cơ quan, đơn vị.',
    section: 'van-ban-chi-dao',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-11-05',
    draft: true,
    tags: ['dân vận khéo', 'văn bản', 'dự thảo'],
    body: [
      'Dự thảo hướng dẫn gồm 4 phần: mục đích, yêu cầu; tiêu chí đánh giá; quy trình công nhận; tổ chức thực hiện. Mô hình được đánh giá theo thang điểm 100, trong đó hiệu quả thực tế và khả năng nhân rộng chiếm 60 điểm.',
      'Mô hình đề nghị công nhận cấp tỉnh phải đã được công nhận ở cấp huyện và duy trì ít nhất 12 tháng. Hồ sơ gồm báo cáo mô hình, minh chứng kết quả và ý kiến đánh giá của Nhân dân nơi thực hiện.',
      'Ban Dân vận Tỉnh ủy đề nghị các cơ quan, đơn vị góp ý bằng văn bản trước ngày 20/11/2024 để hoàn thiện, trình ban hành. Ý kiến góp ý có thể gửi qua hệ thống văn bản điện tử hoặc hộp thư của Ban.',
    ],
  },
  {
    title: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Bình An năm 2024',
    summary:
      'Ngày hội tại thôn Bình An, xã Phúc Thịnh có sự tham dự của Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trao tặng nhà Đại đoàn kết và biểu dương các gia đình văn hóa tiêu biểu.',
    section: 'mat-tran-to-quoc',
    department: 'ubmttq-tinh',
    authors: ['ta-quang-hien'],
    eventDate: '2024-11-18',
    tags: ['đại đoàn kết', 'khu dân cư', 'mặt trận'],
    body: [
      'Nhân kỷ niệm 94 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2024), thôn Bình An tổ chức Ngày hội Đại đoàn kết toàn dân tộc với nhiều hoạt động văn hóa, thể thao sôi nổi. Thôn có gần 300 hộ, trong đó hơn một nửa là đồng bào Công giáo.',
      'Năm 2024, Nhân dân trong thôn đã đóng góp hơn 600 triệu đồng làm đường, lắp điện chiếu sáng và xây dựng sân thể thao. Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa đạt 95%, thôn không có người vi phạm pháp luật.',
      'Tại ngày hội, Ủy ban MTTQ Việt Nam tỉnh trao kinh phí xây dựng 2 nhà Đại đoàn kết cho hộ nghèo. Đồng chí Tạ Quang Hiển biểu dương tinh thần "tốt đời, đẹp đạo" của bà con và mong thôn tiếp tục là điểm sáng về đoàn kết lương - giáo.',
    ],
  },
  {
    title: 'Cựu chiến binh huyện Hòa Lâm chung sức xây dựng nông thôn mới kiểu mẫu',
    summary:
      'Hội viên cựu chiến binh huyện Hòa Lâm đã hiến đất, góp công, đảm nhận nhiều tuyến đường hoa, góp phần đưa 4 xã đạt chuẩn nông thôn mới kiểu mẫu.',
    section: 'tin-co-so',
    department: 'hoi-cuu-chien-binh-tinh',
    authors: ['cao-xuan-toan'],
    eventDate: '2024-11-26',
    tags: ['cựu chiến binh', 'nông thôn mới'],
    body: [
      'Toàn huyện Hòa Lâm có hơn 2.600 hội viên cựu chiến binh, sinh hoạt ở 21 cơ sở hội. Trong phong trào xây dựng nông thôn mới, các hội viên luôn gương mẫu đi đầu, nói đi đôi với làm.',
      'Ba năm qua, cựu chiến binh trong huyện đã hiến hơn 7.000 m² đất, đóng góp 2.300 ngày công và nhận chăm sóc 46 tuyến đường hoa "Cựu chiến binh tự quản". Nhiều hội viên là chủ trang trại, hợp tác xã đã tạo việc làm cho lao động địa phương.',
      'Hội Cựu chiến binh tỉnh đánh giá Hòa Lâm là địa phương tiêu biểu, đề nghị các huyện khác học tập cách tổ chức, phân công phần việc cụ thể cho từng chi hội. Năm 2025, Hội phấn đấu mỗi chi hội cựu chiến binh trong tỉnh nhận ít nhất một phần việc cụ thể trong xây dựng nông thôn mới.',
    ],
  },
  {
    title: 'Chuẩn bị tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước',
    summary:
      'Ban Dân vận Tỉnh ủy hướng dẫn Mặt trận và các đoàn thể xây dựng kế hoạch tuyên truyền, tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam.',
    section: 'giai-phong-mien-nam',
    department: 'ban-dan-van-tinh-uy',
    authors: ['luong-thi-mai-hoa'],
    eventDate: '2024-12-18',
    tags: ['giải phóng miền nam', '30/4', 'kỷ niệm'],
    body: [
      'Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) là sự kiện chính trị lớn của cả nước. Các hoạt động kỷ niệm nhằm giáo dục truyền thống yêu nước, khơi dậy khát vọng phát triển và củng cố khối đại đoàn kết toàn dân tộc.',
      {
        list: [
          'Tổ chức gặp mặt, thăm hỏi cựu chiến binh, thanh niên xung phong, gia đình chính sách đã tham gia chiến dịch Hồ Chí Minh.',
          'Phát động phong trào "Đền ơn đáp nghĩa", tu sửa nghĩa trang liệt sĩ, nhà bia ghi tên liệt sĩ.',
          'Tổ chức hành trình về địa chỉ đỏ cho đoàn viên, thanh niên và học sinh.',
          'Mở chuyên mục "Giải phóng miền Nam" trên trang thông tin điện tử của Ban Dân vận Tỉnh ủy.',
        ],
      },
      'Các hoạt động phải được tổ chức trang trọng, thiết thực, tiết kiệm, gắn với các phong trào thi đua yêu nước và nhiệm vụ chào mừng đại hội đảng bộ các cấp. Ban Dân vận Tỉnh ủy sẽ tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/5/2025.',
    ],
  },
  {
    title: 'Một số kết quả công tác Dân vận năm 2024, nhiệm vụ trọng tâm năm 2025',
    summary:
      'Năm 2024, công tác dân vận của hệ thống chính trị tỉnh tiếp tục có nhiều đổi mới; phong trào thi đua "Dân vận khéo" có 3.027 mô hình được thực hiện trên bốn lĩnh vực.',
    section: 'cong-tac-dan-van-mat-tran-doan-the',
    department: 'ban-dan-van-tinh-uy',
    authors: ['dinh-xuan-khiem'],
    eventDate: '2024-12-27',
    tags: ['tổng kết', 'dân vận khéo', 'nhiệm vụ trọng tâm'],
    body: [
      'Năm 2024, các cấp ủy, tổ chức đảng trong tỉnh tiếp tục quan tâm lãnh đạo công tác dân vận, nhất là trong việc chuẩn bị đại hội đảng bộ các cấp, khắc phục hậu quả bão số 3 và thực hiện phong trào xóa nhà tạm, nhà dột nát. Công tác dân vận chính quyền có chuyển biến tích cực, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tăng so với năm trước.',
      'Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng. Toàn tỉnh đăng ký 3.208 mô hình, đã thực hiện 3.027 mô hình, trong đó lĩnh vực kinh tế 1.102 mô hình, văn hóa - xã hội 1.276 mô hình, quốc phòng - an ninh 372 mô hình, xây dựng hệ thống chính trị 277 mô hình.',
      { heading: 'Nhiệm vụ trọng tâm năm 2025' },
      {
        list: [
          'Một là, tuyên truyền, vận động Nhân dân tham gia góp ý văn kiện và chào mừng đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.',
          'Hai là, tham mưu thực hiện tốt công tác dân vận trong sắp xếp tổ chức bộ máy và đơn vị hành chính.',
          'Ba là, tổ chức chu đáo các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước và 95 năm Ngày truyền thống công tác Dân vận của Đảng.',
          'Bốn là, tổng kết phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025, lựa chọn mô hình tiêu biểu để nhân rộng.',
          'Năm là, nắm chắc tình hình Nhân dân, tình hình tôn giáo, dân tộc; giải quyết kịp thời các vụ việc ngay từ cơ sở.',
        ],
      },
      'Ban Dân vận Tỉnh ủy đề nghị các cấp ủy, Mặt trận và các đoàn thể cụ thể hóa các nhiệm vụ trên vào chương trình công tác năm 2025, bảo đảm thực hiện đồng bộ, hiệu quả. Việc thực hiện các nhiệm vụ sẽ được sơ kết vào giữa năm và tổng kết vào cuối năm 2025.',
    ],
  },
];
