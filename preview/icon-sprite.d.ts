// Built by preview/icon-sprite.mjs: the SVG sprite's markup.
declare module "virtual:icon-sprite" {
  const sprite: string;

  export default sprite;
}
