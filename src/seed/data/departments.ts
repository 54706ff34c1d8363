import type { SeedDepartment } from '../types';

export const departments: SeedDepartment[] = [
  {
    slug: 'ban-dan-van-tinh-uy',
    name: 'Ban Dân vận Tỉnh ủy',
    shortName: 'BDV Tỉnh ủy',
    description:
      'Cơ quan tham mưu, giúp việc của Tỉnh ủy Sơn Hà về công tác dân vận, dân tộc, tôn giáo; hướng dẫn phong trào thi đua "Dân vận khéo" trong toàn tỉnh.',
    address: 'Số 8 đường Lê Lợi, phường Bắc Sơn, tỉnh Sơn Hà',
    phone: '0201 3822 105',
    email: 'bdv@sonha.example.vn',
  },
  {
    slug: 'ubmttq-tinh',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    shortName: 'UBMTTQ tỉnh',
    description:
      'Tập hợp, xây dựng khối đại đoàn kết toàn dân tộc; giám sát, phản biện xã hội; vận động Quỹ Vì người nghèo và các cuộc vận động lớn trên địa bàn tỉnh.',
    address: 'Số 15 đường Trần Phú, phường Bắc Sơn, tỉnh Sơn Hà',
    phone: '0201 3822 318',
    email: 'mttq@sonha.example.vn',
  },
  {
    slug: 'hoi-nong-dan-tinh',
    name: 'Hội Nông dân tỉnh',
    shortName: 'HND tỉnh',
    description:
      'Đại diện, chăm lo quyền lợi của hội viên nông dân; hỗ trợ nông dân phát triển sản xuất, liên kết tiêu thụ nông sản, xây dựng nông thôn mới.',
    address: 'Số 27 đường Hùng Vương, phường Nam Hà, tỉnh Sơn Hà',
    phone: '0201 3824 226',
    email: 'hoinongdan@sonha.example.vn',
  },
  {
    slug: 'hoi-lien-hiep-phu-nu-tinh',
    name: 'Hội Liên hiệp Phụ nữ tỉnh',
    shortName: 'Hội LHPN tỉnh',
    description:
      'Đại diện quyền, lợi ích hợp pháp của phụ nữ; vận động phụ nữ phát triển kinh tế, xây dựng gia đình hạnh phúc, thúc đẩy bình đẳng giới.',
    address: 'Số 4 đường Nguyễn Trãi, phường Bắc Sơn, tỉnh Sơn Hà',
    phone: '0201 3823 447',
    email: 'hoiphunu@sonha.example.vn',
  },
  {
    slug: 'tinh-doan',
    name: 'Tỉnh đoàn',
    shortName: 'Tỉnh đoàn',
    description:
      'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh; tổ chức các phong trào tình nguyện, khởi nghiệp, chuyển đổi số trong thanh niên.',
    address: 'Số 36 đường Lý Thường Kiệt, phường Nam Hà, tỉnh Sơn Hà',
    phone: '0201 3825 069',
    email: 'tinhdoan@sonha.example.vn',
  },
  {
    slug: 'lien-doan-lao-dong-tinh',
    name: 'Liên đoàn Lao động tỉnh',
    shortName: 'LĐLĐ tỉnh',
    description:
      'Đại diện, bảo vệ quyền và lợi ích hợp pháp của đoàn viên công đoàn, người lao động; chăm lo đời sống công nhân các khu công nghiệp.',
    address: 'Số 52 đường Quang Trung, phường Nam Hà, tỉnh Sơn Hà',
    phone: '0201 3826 512',
    email: 'congdoan@sonha.example.vn',
  },
  {
    slug: 'hoi-cuu-chien-binh-tinh',
    name: 'Hội Cựu chiến binh tỉnh',
    shortName: 'Hội CCB tỉnh',
    description:
      'Đoàn kết, tập hợp cựu chiến binh giữ gìn, phát huy bản chất "Bộ đội Cụ Hồ"; tham gia bảo vệ Đảng, chính quyền và giúp nhau phát triển kinh tế.',
    address: 'Số 19 đường Hoàng Diệu, phường Bắc Sơn, tỉnh Sơn Hà',
    phone: '0201 3822 730',
    email: 'hoiccb@sonha.example.vn',
  },
  {
    slug: 'ban-dan-van-huyen-uy-hoa-lam',
    name: 'Ban Dân vận Huyện ủy Hòa Lâm',
    shortName: 'BDV Huyện ủy Hòa Lâm',
    description:
      'Cơ quan tham mưu của Huyện ủy Hòa Lâm về công tác dân vận (hoạt động đến khi kết thúc tổ chức cấp huyện ngày 30/6/2025).',
    address: 'Khu 3, thị trấn Hòa Lâm, huyện Hòa Lâm, tỉnh Sơn Hà',
    phone: '0201 3861 204',
    email: 'bdv.hoalam@sonha.example.vn',
    parent: 'ban-dan-van-tinh-uy',
  },
];
