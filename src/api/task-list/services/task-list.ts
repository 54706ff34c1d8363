import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::task-list.task-list');
