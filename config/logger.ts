import { winston, formats } from '@strapi/logger';

/** The log level from LOG_LEVEL (error, warn, info, http, verbose, debug); "http" also logs every request. */
export default {
  level: process.env.LOG_LEVEL || 'http',
  transports: [new winston.transports.Console({ format: formats.prettyPrint() })],
};
