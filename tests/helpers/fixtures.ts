import { campaigns } from '../../src/seed/data/campaigns';

const seeded = campaigns.find((campaign) => campaign.name === 'Phong trào thi đua Dân vận khéo năm 2025');
if (!seeded)
  throw new Error('The demo data lost its "Dân vận khéo" 2025 campaign, which the tests use as their example.');

/**
 * The "Dân vận khéo" movement's figures from the demo year-end report: 3,334 models registered,
 * 3,145 carried out, in four fields that add up to exactly 3,145.
 */
export const danVanKheo = {
  name: seeded.name,
  fromYear: seeded.fromYear,
  registered: seeded.registered,
  carriedOut: seeded.carriedOut,
  breakdown: seeded.breakdown,
};
