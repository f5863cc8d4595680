// Parse iCalendar files with Mozilla's ical.js, an independent parser used by
// Thunderbird. Prints one JSON object: {file: {calendar, timezones, events}} or
// {file: {error}}. Each event's dates are UTC instants; a repeating event is
// expanded (RRULE minus EXDATE) up to 200 dates.
const fs = require("fs");
const ICAL = require("ical.js");

function utc(time) {
  return time.toJSDate().toISOString();
}

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    const component = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
    const zones = component.getAllSubcomponents("vtimezone");
    zones.forEach((zone) => ICAL.TimezoneService.register(new ICAL.Timezone(zone)));
    const value = (name) => {
      const prop = component.getFirstProperty(name);
      return prop ? String(prop.getFirstValue()) : null;
    };
    const events = component.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      const dates = [];
      if (event.isRecurring()) {
        const it = event.iterator();
        let next;
        while ((next = it.next()) && dates.length < 200) dates.push(utc(next));
      } else {
        dates.push(utc(event.startDate));
      }
      return {
        uid: event.uid, summary: event.summary, description: event.description, location: event.location,
        start: utc(event.startDate), end: utc(event.endDate), zone: event.startDate.zone.tzid,
        status: vevent.getFirstPropertyValue("status"), sequence: event.sequence,
        dtstamp: String(vevent.getFirstPropertyValue("dtstamp")), recurring: event.isRecurring(), dates,
      };
    });
    out[file] = {
      calendar: {
        method: value("method"), name: value("name"), xwrcalname: value("x-wr-calname"), version: value("version"),
        refresh: value("refresh-interval"), refreshType: component.getFirstProperty("refresh-interval")?.type || null,
        ttl: value("x-published-ttl"),
      },
      timezones: zones.map((z) => ({ tzid: z.getFirstPropertyValue("tzid"), parts: z.getAllSubcomponents().map((s) => s.name), rrules: z.getAllSubcomponents().map((s) => String(s.getFirstPropertyValue("rrule"))), rdates: z.getAllSubcomponents().reduce((n, s) => n + s.getAllProperties("rdate").length, 0) })),
      events,
    };
  } catch (error) {
    out[file] = { error: String(error.message) };
  }
}
process.stdout.write(JSON.stringify(out));
