// Reads .ics files with ical.js (the parser inside Thunderbird) and prints, as JSON,
// what a client would see: each VEVENT with its times converted to UTC.
//
// Usage: node check.mjs FILE.ics [FILE.ics ...]
// Prints {"FILE.ics": {"calendar": {...}, "events": [...]}, ...}; exits 1 on any error.
//
// Times are resolved only through the VTIMEZONE inside each file (nothing is registered
// with ical.js's TimezoneService), so a wrong or missing VTIMEZONE shows up as a wrong
// UTC time or as an error here, as it would in Thunderbird.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function utc(time) {
  if (time.isDate) {
    return time.toString(); // an all-day date, "2021-06-21"
  }
  const zone = time.zone;
  if (!zone || zone === ICAL.Timezone.localTimezone || !zone.tzid) {
    throw new Error(`floating time ${time.toString()}: no VTIMEZONE for its TZID`);
  }
  return time.convertToZone(ICAL.Timezone.utcTimezone).toString(); // "...Z"
}

function text(component, name) {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

function readEvent(vevent) {
  const event = new ICAL.Event(vevent);
  const categories = vevent
    .getAllProperties("categories")
    .flatMap((prop) => prop.getValues().map(String));
  return {
    uid: event.uid,
    summary: event.summary,
    status: text(vevent, "status"),
    sequence: event.sequence,
    all_day: event.startDate.isDate,
    start: utc(event.startDate),
    end: utc(event.endDate),
    tzid: event.startDate.isDate ? null : event.startDate.zone.tzid,
    location: event.location,
    description: event.description,
    categories,
    related_to: vevent.getAllProperties("related-to").map((prop) => String(prop.getFirstValue())),
    dtstamp: utc(vevent.getFirstPropertyValue("dtstamp")),
    attendees: vevent.getAllProperties("attendee").length,
  };
}

function readFile(path) {
  const component = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  return {
    calendar: {
      method: text(component, "method"),
      prodid: text(component, "prodid"),
      version: text(component, "version"),
      name: text(component, "x-wr-calname"),
      timezones: component.getAllSubcomponents("vtimezone").map((tz) => text(tz, "tzid")),
    },
    events: component.getAllSubcomponents("vevent").map(readEvent),
  };
}

const result = {};
try {
  for (const path of process.argv.slice(2)) {
    result[path] = readFile(path);
  }
} catch (error) {
  process.stderr.write(`ical.js: ${error.message}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(result, null, 1) + "\n");
