import type { SeedTaskList } from '../types';

export const taskLists: SeedTaskList[] = [
  {
    title: 'Nhiệm vụ trọng tâm công tác Dân vận năm 2026',
    fromYear: 2026,
    department: 'ban-dan-van-tinh-uy',
    intro:
      'Năm 2026, năm đầu thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, khối dân vận tỉnh tập trung thực hiện năm nhiệm vụ trọng tâm sau.',
    announcedIn: 'Một số kết quả công tác Dân vận năm 2025, nhiệm vụ trọng tâm năm 2026',
    tasks: [
      {
        heading: 'Tuyên truyền, vận động thực hiện Nghị quyết Đại hội và bầu cử',
        detail:
          'Tuyên truyền, vận động Nhân dân thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.',
        responsible: ['ban-dan-van-tinh-uy', 'ubmttq-tinh'],
        status: 'in_progress',
        dueDate: '2026-12-31',
      },
      {
        heading: 'Đẩy mạnh dân vận chính quyền trong chính quyền địa phương hai cấp',
        detail:
          'Đẩy mạnh công tác dân vận chính quyền, thực hiện dân chủ ở cơ sở gắn với vận hành hiệu quả chính quyền địa phương hai cấp, lấy sự hài lòng của Nhân dân làm thước đo.',
        responsible: ['ban-dan-van-tinh-uy'],
        status: 'in_progress',
        dueDate: '2026-12-31',
      },
      {
        heading: 'Nâng cao chất lượng phong trào thi đua Dân vận khéo',
        detail:
          'Triển khai phong trào thi đua "Dân vận khéo" giai đoạn 2026-2030 gắn với chuyển đổi số và xây dựng nông thôn mới; chú trọng nhân rộng các mô hình tiêu biểu.',
        responsible: [
          'ban-dan-van-tinh-uy',
          'ubmttq-tinh',
          'hoi-nong-dan-tinh',
          'hoi-lien-hiep-phu-nu-tinh',
          'tinh-doan',
          'lien-doan-lao-dong-tinh',
          'hoi-cuu-chien-binh-tinh',
        ],
        status: 'in_progress',
        dueDate: '2026-12-15',
      },
      {
        heading: 'Làm tốt công tác dân tộc, tôn giáo và nắm tình hình Nhân dân',
        detail:
          'Nắm chắc tình hình Nhân dân, tình hình vùng đồng bào dân tộc thiểu số và vùng đồng bào có đạo; chủ động giải quyết các vụ việc phức tạp ngay từ cơ sở.',
        responsible: ['ban-dan-van-tinh-uy', 'ubmttq-tinh'],
        status: 'planned',
      },
      {
        heading: 'Kiện toàn tổ chức, nâng cao chất lượng đội ngũ cán bộ dân vận',
        detail:
          'Kiện toàn tổ chức, bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận, nhất là ở cấp xã sau sắp xếp; tăng cường kiểm tra, giám sát việc thực hiện Quy chế công tác dân vận.',
        responsible: ['ban-dan-van-tinh-uy'],
        status: 'planned',
        dueDate: '2026-11-30',
      },
    ],
  },
  {
    title: 'Chương trình hành động của Ủy ban MTTQ Việt Nam tỉnh giai đoạn 2025-2030',
    fromYear: 2025,
    toYear: 2030,
    department: 'ubmttq-tinh',
    intro:
      'Chương trình cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, xác định sáu nhóm nhiệm vụ trọng tâm của Mặt trận và các tổ chức chính trị - xã hội trực thuộc trong giai đoạn 2025-2030.',
    announcedIn: 'Ủy ban MTTQ Việt Nam tỉnh ban hành Chương trình hành động giai đoạn 2025-2030',
    tasks: [
      {
        heading: 'Củng cố khối đại đoàn kết toàn dân tộc ở khu dân cư',
        detail:
          'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc hằng năm ở 100% khu dân cư; thực hiện hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
        responsible: ['ubmttq-tinh'],
        status: 'in_progress',
        dueDate: '2030-12-31',
      },
      {
        heading: 'Vận động Quỹ Vì người nghèo và chăm lo an sinh xã hội',
        detail:
          'Vận động các nguồn lực xã hội hỗ trợ hộ nghèo, hộ cận nghèo, góp phần giảm tỷ lệ hộ nghèo đa chiều bình quân 1,5%/năm.',
        responsible: ['ubmttq-tinh', 'hoi-nong-dan-tinh', 'hoi-lien-hiep-phu-nu-tinh'],
        status: 'in_progress',
        dueDate: '2030-12-31',
      },
      {
        heading: 'Nâng cao chất lượng giám sát và phản biện xã hội',
        detail:
          'Chọn nội dung giám sát sát với những vấn đề Nhân dân quan tâm; theo dõi đến cùng việc tiếp thu, giải quyết kiến nghị sau giám sát.',
        responsible: ['ubmttq-tinh'],
        status: 'in_progress',
      },
      {
        heading: 'Hoàn thành hỗ trợ xóa nhà tạm, nhà dột nát',
        detail:
          'Hỗ trợ 1.850 hộ nghèo, hộ cận nghèo có nhà ở kiên cố; hoàn thành trong tháng 8/2025, sớm hơn kế hoạch.',
        responsible: ['ubmttq-tinh', 'tinh-doan', 'hoi-cuu-chien-binh-tinh'],
        status: 'done',
        dueDate: '2025-08-31',
      },
      {
        heading: 'Tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp',
        detail:
          'Tổ chức hiệp thương, lấy ý kiến cử tri nơi cư trú và giám sát cuộc bầu cử ngày 15/3/2026 đúng quy định của pháp luật.',
        responsible: ['ubmttq-tinh'],
        status: 'done',
        dueDate: '2026-03-15',
      },
      {
        heading: 'Đổi mới hoạt động sau sắp xếp các tổ chức chính trị - xã hội',
        detail:
          'Hoàn thiện quy chế phối hợp giữa Mặt trận và các tổ chức chính trị - xã hội trực thuộc; hướng mạnh hoạt động về khu dân cư.',
        responsible: [
          'ubmttq-tinh',
          'hoi-nong-dan-tinh',
          'hoi-lien-hiep-phu-nu-tinh',
          'tinh-doan',
          'lien-doan-lao-dong-tinh',
          'hoi-cuu-chien-binh-tinh',
        ],
        status: 'in_progress',
        dueDate: '2027-12-31',
      },
    ],
  },
];
