import type { SeedAccount } from '../types';

/**
 * Local demo accounts: an editor and a head in two departments. Heads are linked to the official
 * they are, so the rule "nobody approves their own article" shows in the demo.
 */
export const demoAccounts: SeedAccount[] = [
  {
    email: 'bientap.bdv@danvan.local',
    firstname: 'Vũ Thị',
    lastname: 'Phương',
    role: 'editor',
    department: 'ban-dan-van-tinh-uy',
  },
  {
    email: 'truongban.bdv@danvan.local',
    firstname: 'Lương Thị Mai',
    lastname: 'Hoa',
    role: 'head',
    department: 'ban-dan-van-tinh-uy',
    author: 'luong-thi-mai-hoa',
  },
  {
    email: 'bientap.mttq@danvan.local',
    firstname: 'Nông Văn',
    lastname: 'Bình',
    role: 'editor',
    department: 'ubmttq-tinh',
  },
  {
    email: 'truongban.mttq@danvan.local',
    firstname: 'Tạ Quang',
    lastname: 'Hiển',
    role: 'head',
    department: 'ubmttq-tinh',
    author: 'ta-quang-hien',
  },
];
