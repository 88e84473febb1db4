// Independent check of our Standard Webhooks signatures with the reference implementation (npm "standardwebhooks").
// Reads one JSON object from stdin:
//   {"mode": "verify", "secret": "whsec_...", "headers": {...}, "body": "..."}  -> prints "verified" or the error
//   {"mode": "sign", "secret": "whsec_...", "id": "msg_...", "timestamp": 1700000000, "body": "..."} -> prints the signature
// Exit code 0 on success, 1 when verification fails, 2 on bad input.
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;

let request;
try {
  request = JSON.parse(input);
} catch (e) {
  console.log(`bad input: ${e.message}`);
  process.exit(2);
}

const webhook = new Webhook(request.secret);
if (request.mode === "sign") {
  console.log(webhook.sign(request.id, new Date(request.timestamp * 1000), request.body));
  process.exit(0);
}
try {
  webhook.verify(request.body, request.headers);
  console.log("verified");
} catch (e) {
  console.log(e.message);
  process.exit(1);
}
