'use strict';
/* global strapi -- Strapi sets the global before it loads a plugin's entry file. */

/**
 * The server half of this local plugin is TypeScript compiled with the app (one `tsc`, one
 * dist/), so Strapi loads it from the app's dist directory rather than from a build of its own.
 */
const path = require('node:path');

const compiled = path.join(strapi.dirs.dist.src, 'plugins', 'approval', 'server', 'src');
module.exports = require(compiled).default;
