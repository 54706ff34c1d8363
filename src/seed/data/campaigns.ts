import type { SeedCampaign } from '../types';

export const campaigns: SeedCampaign[] = [
  {
    name: 'Phong trào thi đua Dân vận khéo năm 2025',
    fromYear: 2025,
    department: 'ban-dan-van-tinh-uy',
    registered: 3334,
    carriedOut: 3145,
    breakdown: [
      { name: 'Kinh tế', count: 1165 },
      { name: 'Văn hóa - xã hội', count: 1330 },
      { name: 'Quốc phòng - an ninh', count: 387 },
      { name: 'Xây dựng hệ thống chính trị', count: 263 },
    ],
    sourceArticle: 'Một số kết quả công tác Dân vận năm 2025, nhiệm vụ trọng tâm năm 2026',
  },
  {
    name: 'Phong trào thi đua Dân vận khéo giai đoạn 2021-2025',
    fromYear: 2021,
    toYear: 2025,
    department: 'ban-dan-van-tinh-uy',
    registered: 15486,
    carriedOut: 14702,
    breakdown: [
      { name: 'Kinh tế', count: 5318 },
      { name: 'Văn hóa - xã hội', count: 6127 },
      { name: 'Quốc phòng - an ninh', count: 1842 },
      { name: 'Xây dựng hệ thống chính trị', count: 1415 },
    ],
    sourceArticle: 'Tổng kết phong trào thi đua Dân vận khéo giai đoạn 2021-2025, tôn vinh 120 mô hình tiêu biểu',
  },
];
