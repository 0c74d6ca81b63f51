# Reads a mail draft with Python's standard email package and prints what a mail program would
# see, as JSON: the raw header names, the decoded headers, and every leaf part with its bytes.
import base64, json, sys
from email import policy
from email.parser import BytesParser

raw = open(sys.argv[1], 'rb').read()
message = BytesParser(policy=policy.default).parsebytes(raw)

def leaf(part):
    payload = part.get_payload(decode=True)
    entry = {
        'contentType': part.get_content_type(),
        'charset': part.get_content_charset(),
        'transferEncoding': part.get('Content-Transfer-Encoding'),
        'disposition': part.get_content_disposition(),
        'filename': part.get_filename(),
    }
    if part.get_content_type() == 'message/rfc822':
        inner = part.get_payload()[0]
        entry['inner'] = {'subject': str(inner['Subject']), 'to': str(inner['To']), 'xUnsent': inner['X-Unsent'],
                          'body': inner.get_body(('plain',)).get_content()}
    elif part.get_content_maintype() == 'text' and entry['disposition'] != 'attachment':
        entry['text'] = part.get_content()
    else:
        entry['base64'] = base64.b64encode(payload).decode('ascii')
    return entry

def leaves(part):
    if part.get_content_type() == 'message/rfc822':
        return [leaf(part)]
    if part.is_multipart():
        return [entry for sub in part.iter_parts() for entry in leaves(sub)]
    return [leaf(part)]

print(json.dumps({
    'headerNames': list(message.keys()),
    'headers': {name: str(value) for name, value in message.items()},
    'toAddress': [a.addr_spec for a in message['To'].addresses] if message['To'] else [],
    'toName': [a.display_name for a in message['To'].addresses] if message['To'] else [],
    'contentType': message.get_content_type(),
    'defects': [type(d).__name__ for d in message.defects],
    'crlfOnly': b'\n' not in raw.replace(b'\r\n', b''),
    'parts': leaves(message),
}))
