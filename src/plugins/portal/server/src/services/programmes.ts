import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { CampaignView, TaskListInput, TaskListView } from '../schemas';
import { campaignView, POPULATE, type Row, taskListView } from './shape';

const PUBLISHED = { publishedAt: { $notNull: true } };

/** Task lists (numbered key tasks) and campaign figures, published versions only. */
const programmes = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Task lists covering `year` (a single year, or a range that includes it), of a department if given. */
  async taskLists({ year, department }: TaskListInput): Promise<TaskListView[]> {
    const where: Row = { ...PUBLISHED };
    const and: Row[] = [];
    if (year !== undefined) {
      and.push({ fromYear: { $lte: year } });
      and.push({ $or: [{ toYear: { $gte: year } }, { toYear: { $null: true }, fromYear: year }] });
    }
    if (department) and.push({ department: { slug: department } });
    if (and.length) where.$and = and;
    const rows = (await strapi.db.query(UID.taskList).findMany({
      where,
      populate: {
        department: POPULATE.department,
        tasks: { populate: { responsibleDepartments: POPULATE.department } },
        article: { select: ['slug', 'title'] },
      },
      orderBy: [{ fromYear: 'desc' }, { id: 'asc' }],
    })) as Row[];
    return rows.map(taskListView);
  },

  /** Every published campaign with its breakdown and shares, newest period first. */
  async campaigns(): Promise<CampaignView[]> {
    const rows = (await strapi.db.query(UID.campaign).findMany({
      where: PUBLISHED,
      populate: {
        department: POPULATE.department,
        breakdown: { select: ['name', 'count'] },
        sourceArticle: { select: ['slug', 'title'] },
      },
      orderBy: [{ fromYear: 'desc' }, { id: 'asc' }],
    })) as Row[];
    return rows.map(campaignView);
  },
});

export default programmes;
