// Which kits exist, what they are called, and how --only and --shard pick among them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Alliance } from "../../src/alliances/load.ts";
import { allianceView } from "../../src/alliances/view.ts";
import { eventTime } from "../../src/dates/dates.ts";
import { eventAgenda, organizationalAgenda } from "../../src/kits/agendas.ts";
import { loadData } from "../../src/data/load-data.ts";
import { piecesOf } from "../../src/kits/pieces.ts";
import { projectPaths } from "../../src/project.ts";
import { repoRoot } from "../helpers/fixture-site.ts";
import { packetView, SIGN_UP_ROWS } from "../../src/kits/packet.ts";
import { parseShard, planKits, selectKits } from "../../src/kits/plan.ts";
import type { SiteConfig } from "../../src/site/schema.ts";

const site: SiteConfig = {
  title: "Alliance Handbook",
  description: "A toolkit.",
  url: "https://example.org",
  language: "en-US",
  paper: "a4",
  coalition: { name: "Coalition" },
};

// The kits' words as the site ships them (data/kits.yaml, data/agendas.yaml).
const { data } = loadData(projectPaths(repoRoot), {});
const words = { kits: data!.kits, agendas: data!.agendas };

function view(slug: string, fields: Partial<Alliance> = {}) {
  const alliance: Alliance = {
    slug,
    file: `content/alliances/${slug}.md`,
    name: `${slug} alliance`,
    scope: "city",
    state: ["IL"],
    city: "Springfield",
    status: "active",
    summary: "A test alliance.",
    host: { name: "Host Club" },
    contact: { name: "Pat", email: "pat@example.org" },
    storyHtml: "",
    storyText: "",
    ...fields,
  };
  return allianceView(alliance, { IL: { name: "Illinois", fips: "17", kind: "state" } }, { faith: "Faith communities" }, "2026-11-26");
}

describe("kit plan", () => {
  it("has the handbook, the founder kit and a packet per alliance, each with its print page and PDF", () => {
    const plan = planKits([view("springfield"), view("peoria")], site, words);
    assert.equal(plan.paper, "a4");
    assert.deepEqual(
      plan.kits.map((kit) => [kit.id, kit.kind, kit.printPath, kit.file, kit.url]),
      [
        ["handbook", "handbook", "/kits/print/handbook/", "kits/handbook.pdf", "/kits/handbook.pdf"],
        ["founder-kit", "founder", "/kits/print/founder-kit/", "kits/founder-kit.pdf", "/kits/founder-kit.pdf"],
        ["springfield", "alliance", "/kits/print/alliances/springfield/", "kits/springfield.pdf", "/kits/springfield.pdf"],
        ["peoria", "alliance", "/kits/print/alliances/peoria/", "kits/peoria.pdf", "/kits/peoria.pdf"],
      ],
    );
    assert.ok(plan.kits.every((kit) => kit.language === "en-US" && kit.keywords.includes("International Criminal Court")));
  });

  it("names the alliance, its place and its agenda, and marks samples", () => {
    const withEvent = view("springfield", { sample: true, events: [{ date: "2027-01-20T19:00", title: "Talk on the Rome Statute" }] });
    const [, , packet] = planKits([withEvent], site, words).kits;
    assert.equal(packet?.title, "springfield alliance: recruitment packet (sample)");
    assert.equal(packet?.author, "springfield alliance");
    assert.match(packet?.description ?? "", /^Sample packet\. An invitation to organizations in Springfield, Illinois to join springfield alliance/);
    assert.match(packet?.description ?? "", /the agenda of “Talk on the Rome Statute” \(Wednesday, January 20, 2027, 7:00 pm CT\)/);
    const [, , plain] = planKits([view("peoria")], site, words).kits;
    assert.match(plain?.description ?? "", /a model meeting agenda/);
    assert.doesNotMatch(plain?.title ?? "", /sample/);
  });

  it("lists each packet's pieces from data/kits.yaml in its description", () => {
    const [, founder, packet] = planKits([view("springfield")], site, words).kits;
    const listed = (kind: "founder" | "alliance") => piecesOf(words.kits.pieces, kind).map((piece) => piece.listed_as);
    assert.ok(listed("founder").length > listed("alliance").length);
    for (const phrase of listed("founder").filter((phrase) => !phrase.includes("{"))) assert.ok(founder?.description.includes(phrase), phrase);
    assert.match(founder?.description ?? "", /the organizational meeting's agenda/);
    assert.doesNotMatch(packet?.description ?? "", /founding checklist/);
  });

  it("refuses an alliance whose file name would overwrite another kit's PDF", () => {
    assert.throws(
      () => planKits([view("handbook")], site, words),
      /content\/alliances\/handbook\.md: the file name "handbook" is taken by kits\/handbook\.pdf; rename the file, for example to handbook-alliance\.md/,
    );
  });
});

describe("selecting kits", () => {
  const kits = planKits(["a", "b", "c", "d", "e"].map((slug) => view(slug)), site, words).kits;

  it("parses i/n shards and rejects the rest", () => {
    const cases: [string, ReturnType<typeof parseShard>][] = [
      ["1/1", { index: 1, count: 1 }],
      ["2/4", { index: 2, count: 4 }],
      [" 3/3 ", { index: 3, count: 3 }],
      ["0/2", undefined],
      ["3/2", undefined],
      ["1/0", undefined],
      ["1", undefined],
      ["a/b", undefined],
      ["1/2/3", undefined],
    ];
    for (const [text, expected] of cases) assert.deepEqual(parseShard(text), expected, text);
  });

  it("splits the kits into shards that cover every kit exactly once", () => {
    for (const count of [1, 2, 3, 7, 10]) {
      const shards = Array.from({ length: count }, (_, index) => selectKits(kits, { shard: { index: index + 1, count } }).map((kit) => kit.id));
      assert.deepEqual(shards.flat().sort(), kits.map((kit) => kit.id).sort(), `${count} shards`);
      const sizes = shards.map((shard) => shard.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${count} shards are even: ${sizes.join(",")}`);
    }
  });

  it("picks one kit with --only, and names the choices when the slug is unknown", () => {
    assert.deepEqual(selectKits(kits, { only: "c" }).map((kit) => kit.id), ["c"]);
    assert.deepEqual(selectKits(kits, { only: "founder-kit" }).map((kit) => kit.id), ["founder-kit"]);
    assert.throws(
      () => selectKits(kits, { only: "handbok" }),
      {
        message:
          '--only: found "handbok", which is not one of the 7 kits; expected an alliance\'s slug (its file name without .md), founder-kit or handbook (did you mean "handbook"?)',
      },
    );
  });
});

describe("packet contents", () => {
  it("fills an alliance's details in, with its next event's agenda and a QR address of its page", () => {
    const packet = packetView(
      view("springfield", {
        meetings: "First Monday, 7 pm",
        events: [
          { date: "2025-01-01", title: "Past talk" },
          { date: "2027-02-01", title: "Later talk" },
          { date: "2027-01-20T19:00", title: "Next talk", place: "Library" },
        ],
        members: Array.from({ length: 8 }, (_, index) => ({ name: `Member ${index + 1}`, kind: "faith" })),
      }),
      site,
      words.agendas,
    );
    assert.equal(packet.name, "springfield alliance");
    assert.equal(packet.meetings, "First Monday, 7 pm");
    assert.equal(packet.nextEvent?.title, "Next talk");
    assert.equal(packet.agenda.title, "Agenda: Next talk");
    assert.equal(packet.agenda.event?.place, "Library");
    assert.deepEqual(packet.members, ["Member 1", "Member 2", "Member 3", "Member 4", "Member 5", "Member 6"]);
    assert.equal(packet.moreMembers, 2);
    assert.equal(packet.flyerUrl, "https://example.org/alliances/springfield/");
    assert.ok(packet.signUpRows >= 15);
  });

  it("gives an alliance without upcoming events its regular meeting's agenda", () => {
    const packet = packetView(view("peoria", { meetings: "Second Tuesday" }), site, words.agendas);
    assert.equal(packet.agenda.title, "Model meeting agenda");
    assert.match(packet.agenda.intro, /\(Second Tuesday\)/);
    assert.equal(packet.agenda.event, undefined);
  });

  it("leaves everything blank for a founder, with the organizational meeting's agenda", () => {
    const packet = packetView(undefined, site, words.agendas);
    assert.equal(packet.name, undefined);
    assert.equal(packet.contact, undefined);
    assert.equal(packet.sample, false);
    assert.equal(packet.flyerUrl, "https://example.org/");
    assert.equal(packet.agenda.title, "Model agenda: the organizational meeting");
    assert.equal(packet.signUpRows, SIGN_UP_ROWS);
  });

  it("adds up each agenda's minutes", () => {
    assert.equal(organizationalAgenda(words.agendas).totalMinutes, 90);
    const agenda = eventAgenda(words.agendas, "X", { date: "2027-01-20", ...eventTime("2027-01-20", "America/Chicago"), title: "Talk" });
    assert.equal(agenda.totalMinutes, agenda.items.reduce((sum, item) => sum + item.minutes, 0));
  });

  it("fills the agendas' placeholders, leaving out a bracketed part without its value", () => {
    const withPlace = eventAgenda(words.agendas, "X", { date: "2027-01-20", ...eventTime("2027-01-20", "America/Chicago"), title: "Talk", place: "Library" });
    assert.ok(withPlace.items.some((item) => item.detail === "Talk, at Library"));
    const withoutPlace = eventAgenda(words.agendas, "X", { date: "2027-01-20", ...eventTime("2027-01-20", "America/Chicago"), title: "Talk" });
    assert.ok(withoutPlace.items.some((item) => item.detail === "Talk"));
    assert.equal(packetView(view("peoria"), site, words.agendas).agenda.intro.startsWith("A one-hour meeting of peoria alliance. "), true);
  });
});
