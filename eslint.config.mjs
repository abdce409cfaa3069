import DiscourseRecommended from "@discourse/lint-configs/eslint";
import TypeScriptPlugin from "@typescript-eslint/eslint-plugin";
import TypeScriptParser from "@typescript-eslint/parser";

export default [
  { ignores: ["node_modules/**", "tmp/**"] },
  ...DiscourseRecommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: TypeScriptParser },
  },
  {
    files: ["**/*.ts", "**/*.gts"],
    plugins: { "@typescript-eslint": TypeScriptPlugin },
    rules: {
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
];
