import { createRouter } from "../../lib/router.ts";
import * as get from "./get.ts";
import * as list from "./list.ts";

export const vocabulariesRouter = createRouter().openapi(list.route, list.handler).openapi(get.route, get.handler);
