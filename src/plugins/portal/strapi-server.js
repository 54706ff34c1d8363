'use strict';

/* global strapi -- Strapi defines it before it loads a plugin */

/**
 * The plugin is TypeScript compiled with the app (one `tsc`, one dist/), so Strapi loads it
 * from the app's dist directory rather than from a build of its own.
 */
const path = require('node:path');

module.exports = require(path.join(strapi.dirs.dist.src, 'plugins', 'portal', 'server', 'src')).default;
