/** `npm run new:alliance`: writes content/alliances/<slug>.md, asking for what is missing in a terminal. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { scaffoldAlliance, type Answers } from "../src/alliances/scaffold.ts";
import { allianceVocabulary } from "../src/check/check-site.ts";
import { runCli, type FlagSpec } from "../src/cli/run-cli.ts";
import { loadData } from "../src/data/load-data.ts";
import { displayPath, projectPaths } from "../src/project.ts";
import { formatProblem } from "../src/validation/problem.ts";

const text = (description: string, value = "<text>"): FlagSpec => ({ type: "string", description, value });
const flags = {
  name: text("Name of the alliance (3–160 characters); the file name is made from it."),
  scope: text("city, county, state or region.", "<scope>"),
  state: text("USPS code, e.g. IL; for a region across states, a comma-separated list.", "<code>"),
  city: text("City (required when scope is city)."),
  county: text("County, or comma-separated counties (required when scope is county)."),
  region: text("Region name (required when scope is region)."),
  status: text("forming, active or dormant (default: forming).", "<status>"),
  summary: text("One or two sentences, at most 300 characters."),
  founded: text("YYYY or YYYY-MM-DD.", "<date>"),
  host: text("Name of the organization that backs the founder."),
  "host-url": text("Host organization's website (http/https).", "<url>"),
  contact: text("Contact person's name."),
  email: text("Contact email.", "<email>"),
  phone: text("Contact phone.", "<phone>"),
  "contact-url": text("Contact page (http/https).", "<url>"),
  website: text("The alliance's website (http/https).", "<url>"),
  meetings: text("When and where it meets, as plain text."),
} satisfies Record<string, FlagSpec>;

const required: { key: keyof Answers; question: string; when?: (a: Answers) => boolean }[] = [
  { key: "name", question: "Name of the alliance" },
  { key: "scope", question: "Scope (city, county, state, region)" },
  { key: "state", question: "State (USPS code, e.g. IL)" },
  { key: "city", question: "City", when: (a) => a.scope === "city" },
  { key: "county", question: "County", when: (a) => a.scope === "county" },
  { key: "region", question: "Region", when: (a) => a.scope === "region" },
  { key: "summary", question: "Summary (one or two sentences)" },
  { key: "host", question: "Host organization" },
  { key: "contact", question: "Contact person" },
  { key: "email", question: "Contact email" },
];

await runCli(
  { name: "new:alliance", summary: "Create content/alliances/<slug>.md for a new alliance. Missing values are asked for in a terminal.", flags },
  async (values) => {
    const answers: Answers = {
      name: values.name, scope: values.scope, state: values.state, city: values.city, county: values.county,
      region: values.region, status: values.status ?? "forming", summary: values.summary, founded: values.founded,
      host: values.host, hostUrl: values["host-url"], contact: values.contact, email: values.email, phone: values.phone,
      contactUrl: values["contact-url"], website: values.website, meetings: values.meetings,
    };
    if (process.stdin.isTTY && process.stdout.isTTY) {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      for (const { key, question, when } of required) {
        if (answers[key] || (when && !when(answers))) continue;
        answers[key] = (await prompt.question(`${question}: `)).trim();
      }
      prompt.close();
    }

    const paths = projectPaths();
    const { valid, problems: dataProblems } = loadData(paths);
    if (!valid.states || !valid["member-kinds"]) {
      for (const problem of dataProblems) console.error(formatProblem(problem));
      return 1;
    }
    const { slug, text: fileText, problems } = scaffoldAlliance(answers, allianceVocabulary(valid.states, valid["member-kinds"]));
    if (problems.length) {
      for (const problem of problems) console.error(formatProblem(problem));
      console.error("new:alliance: nothing was written. Pass the missing or corrected values as flags (see --help).");
      return 1;
    }
    const file = path.join(paths.alliances, `${slug}.md`);
    if (existsSync(file)) {
      console.error(`new:alliance: ${displayPath(paths, file)} already exists; nothing was written. Edit that file, or choose another name.`);
      return 1;
    }
    mkdirSync(paths.alliances, { recursive: true });
    writeFileSync(file, fileText, { flag: "wx" });
    console.log(`new:alliance: wrote ${displayPath(paths, file)}. Add members, events and your story, then run npm run check.`);
    return 0;
  },
);
