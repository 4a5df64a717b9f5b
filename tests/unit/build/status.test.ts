import { describe, expect, test } from "vitest";
import {
  buildDate,
  dueForReview,
  expandStatusNotes,
  isPast,
  shownStatus,
  staleUpdates,
  statusNoteText,
} from "@/build/status";

const october = { status: "planned" as const, plannedDate: "2026-10-01" };

describe("status with a fixed clock", () => {
  test("before its date a planned entry reads as planned", () => {
    expect(shownStatus(october, "2026-09-30")).toEqual({
      status: "planned",
      sentence: "Planned for 1 October 2026.",
      overdue: false,
    });
  });

  test("after its date, with no confirmation, it says so on its own", () => {
    expect(shownStatus(october, "2026-10-02")).toEqual({
      status: "not confirmed",
      sentence: "Planned for 1 October 2026; this site has not confirmed that it took effect.",
      overdue: true,
    });
  });

  test("a recorded confirmation is shown as it is", () => {
    expect(shownStatus({ status: "in force", plannedDate: "2025-07-01" }, "2026-11-30")).toEqual({
      status: "in force",
      sentence: "In force since 1 July 2025.",
      overdue: false,
    });
  });

  test.each([
    ["2026-10-01", "2026-10-01", false],
    ["2026-10-01", "2026-10-02", true],
    ["2027", "2027-12-31", false],
    ["2026", "2027-01-01", true],
  ])("isPast(%s, %s) is %s", (planned, today, past) => {
    expect(isPast(planned, today)).toBe(past);
  });

  test("the review list names entries past their date", () => {
    const entries = [
      { id: "a", file: "content/status/a.yaml", data: october },
      {
        id: "b",
        file: "content/status/b.yaml",
        data: { status: "planned" as const, plannedDate: "2027" },
      },
    ];
    expect(dueForReview(entries, "2026-09-30")).toEqual([]);
    expect(dueForReview(entries, "2026-10-02")).toEqual([
      "content/status/a.yaml: planned for 2026-10-01, no confirmation recorded",
    ]);
  });

  test("the build date comes from SITE_BUILD_DATE and refuses a bad one", () => {
    expect(buildDate({ SITE_BUILD_DATE: "2026-09-30" })).toBe("2026-09-30");
    expect(() => buildDate({ SITE_BUILD_DATE: "30/09/2026" })).toThrow(/YYYY-MM-DD/);
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("a page may not be updated after the last check of a status it shows", () => {
    const checked = new Map([["a", "2026-11-30"]]);
    expect(staleUpdates([{ file: "p.mdx", updated: "2026-11-30", shows: ["a"] }], checked)).toEqual(
      [],
    );
    expect(
      staleUpdates([{ file: "p.mdx", updated: "2026-12-01", shows: ["a"] }], checked)[0],
    ).toMatch(/p\.mdx: updated 2026-12-01 is later than the last check of status "a"/);
  });
});

describe("a status sentence in running text, with a fixed clock", () => {
  test("flips from planned to unconfirmed when the date passes", () => {
    expect(statusNoteText(october, "The company duties", "2026-09-30")).toBe(
      "The company duties, as of 30 September 2026: planned for 1 October 2026.",
    );
    expect(statusNoteText(october, "The company duties", "2026-10-02")).toBe(
      "The company duties, as of 2 October 2026: planned for 1 October 2026; this site has not confirmed that it took effect.",
    );
  });

  test("reads as in force once that is recorded", () => {
    const recorded = { status: "in force" as const, plannedDate: "2026-10-01" };
    expect(statusNoteText(recorded, "The company duties", "2026-10-02")).toBe(
      "The company duties, as of 2 October 2026: in force since 1 October 2026.",
    );
  });

  test("expandStatusNotes puts that text where the component stands, and refuses an unknown id", () => {
    const entries = [{ id: "a", data: october }];
    expect(
      expandStatusNotes(
        'Set. <Cite id="x" /> <StatusNote id="a" label="It" />',
        entries,
        "2026-09-30",
      ),
    ).toBe('Set. <Cite id="x" /> It, as of 30 September 2026: planned for 1 October 2026.');
    expect(() =>
      expandStatusNotes('<StatusNote id="b" label="It" />', entries, "2026-09-30"),
    ).toThrow(/StatusNote id="b"/);
  });
});
