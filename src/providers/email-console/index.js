'use strict';

/**
 * Development email provider: every message is written to the log (recipient, subject, text)
 * and nothing leaves the machine. Production sets EMAIL_PROVIDER=nodemailer and SMTP settings.
 */
module.exports = {
  init(_providerOptions = {}, settings = {}) {
    const log = (line) => (global.strapi?.log ? global.strapi.log.info(line) : console.log(line));
    return {
      async send(options) {
        const from = options.from || settings.defaultFrom || '(default sender)';
        const text = options.text || String(options.html || '').replace(/<[^>]+>/g, ' ');
        log(`[email] to ${options.to} from ${from}: ${options.subject}\n${text}`);
      },
    };
  },
};
