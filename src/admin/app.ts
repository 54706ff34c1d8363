import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // English stays available; Vietnamese is offered to every editor in their profile.
    locales: ['vi'],
  },
  bootstrap(_app: StrapiApp) {},
};
