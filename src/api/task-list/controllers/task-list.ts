import { factories } from '@strapi/strapi';
import { UID } from '../../../constants';
import { numberTasks } from '../../../utils/ordinal';

/**
 * The stock controller, plus each task's ordinal ("Một là", "Hai là", …) from its position,
 * so no frontend has to write Vietnamese numerals itself.
 */
export default factories.createCoreController(UID.taskList, () => ({
  async find(ctx) {
    const response = await super.find(ctx);
    return { ...response, data: response.data.map(numberTasks) };
  },

  async findOne(ctx) {
    const response = await super.findOne(ctx);
    return response && { ...response, data: numberTasks(response.data) };
  },
}));
