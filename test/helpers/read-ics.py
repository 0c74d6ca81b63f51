# Reads a calendar file with Debian's python3-icalendar and prints its events as JSON, dates
# as ISO strings, so a test can compare them with what the schedule says.
import json, sys
from datetime import timedelta
import icalendar


def trigger(alarm):
    # A relative TRIGGER as seconds from the event's start (-54000: 15 hours before); an
    # absolute one (TRIGGER;VALUE=DATE-TIME) as its ISO date-time.
    at = alarm['TRIGGER'].dt
    return at.total_seconds() if isinstance(at, timedelta) else at.isoformat()


calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for event in calendar.walk('VEVENT'):
    alarms = [{'action': str(a['ACTION']), 'trigger': trigger(a), 'description': str(a['DESCRIPTION'])} for a in event.walk('VALARM')]
    start, end = event['DTSTART'].dt, event['DTEND'].dt
    events.append({
        'uid': str(event['UID']),
        'start': start.isoformat(), 'startIsDate': type(start).__name__ == 'date',
        'end': end.isoformat(), 'endIsDate': type(end).__name__ == 'date',
        'transp': str(event['TRANSP']),
        'sequence': int(event['SEQUENCE']),
        'status': str(event.get('STATUS', '')),
        'stamp': event['DTSTAMP'].dt.isoformat(),
        'modified': event['LAST-MODIFIED'].dt.isoformat() if 'LAST-MODIFIED' in event else None,
        'summary': str(event['SUMMARY']),
        'description': str(event['DESCRIPTION']),
        'alarms': alarms,
    })
print(json.dumps({'version': str(calendar['VERSION']), 'prodid': str(calendar['PRODID']), 'events': events}))
