// Tests print warnings and errors only, so the runner's own output stays readable.
export default {
  level: 'warn',
};
