// Mirrors discourse/discourse frontend/discourse/app/lib/get-url.js: getURL
// puts the forum's subfolder (its base URI) in front of a path that starts
// with one slash, and leaves a path that already carries it, or any other URL,
// alone. Core reads the base URI from the page's
// <meta name="discourse-base-uri"> until setPrefix sets it.
import type {
  default as discourseGetURL,
  setPrefix as discourseSetPrefix,
} from "discourse/lib/get-url";

let baseUri: string | undefined;
let baseUriMatcher = /^$/;

export const setPrefix: typeof discourseSetPrefix = (configBaseUri: string) => {
  baseUri = configBaseUri;
  baseUriMatcher = new RegExp(`^${configBaseUri}(/|$)`);
};

const getURL: typeof discourseGetURL = (url: string) => {
  if (baseUri === undefined) {
    setPrefix(
      document
        .querySelector('meta[name="discourse-base-uri"]')
        ?.getAttribute("content") || ""
    );
  }
  if (!url) {
    return baseUri === "/" ? "" : baseUri;
  }
  if (url !== "/" && !/^\/[^/]/.test(url)) {
    return url;
  }
  if (baseUriMatcher.test(url)) {
    return url;
  }
  return `${baseUri}${url}`;
};

export default getURL;
