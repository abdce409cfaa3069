// Used only by the browser tests and the preview (Vite); Discourse compiles the
// plugin with its own pipeline.
const { buildMacros } = require("@embroider/macros/babel");

const macros = buildMacros();

module.exports = {
  plugins: [
    [
      "@babel/plugin-transform-typescript",
      {
        allExtensions: true,
        allowDeclareFields: true,
        onlyRemoveTypeImports: true,
      },
    ],
    [
      "babel-plugin-ember-template-compilation",
      { transforms: [...macros.templateMacros] },
    ],
    [
      "module:decorator-transforms",
      {
        runtime: { import: require.resolve("decorator-transforms/runtime-esm") },
      },
    ],
    ...macros.babelMacros,
  ],
  generatorOpts: { compact: false },
};
