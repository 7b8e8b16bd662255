"""The lab's test flow with Python's standard mail clients: client1 sends, client2 reads and deletes.

Usage: lab_flow.py HOST SMTP_PORT POP3_PORT
Prints what a student would check; the test compares it.
"""
import poplib
import smtplib
import sys
from email.message import EmailMessage

host, smtp_port, pop3_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

message = EmailMessage()
message["From"] = "client1@mail.com"
message["To"] = "client2@mail.com"
message["Subject"] = "Lab 06 from python"
message.set_content("Hello from smtplib.\n..two dots\n")

with smtplib.SMTP(host, smtp_port) as smtp:
    code, features = smtp.ehlo("pc0")
    print("ehlo", code, sorted(smtp.esmtp_features))
    refused = smtp.send_message(message)
    print("refused", refused)

pop = poplib.POP3(host, pop3_port)
print("user", pop.user("client2").decode())
print("pass", pop.pass_("admin").decode())
count, size = pop.stat()
print("stat", count)
response, lines, octets = pop.retr(1)
body = b"\r\n".join(lines) + b"\r\n"
print("size-matches-stat", len(body) == size)
print("subject", [l.decode() for l in lines if l.startswith(b"Subject:")])
print("dots", [l.decode() for l in lines if l.startswith(b".")])
print("dele", pop.dele(1).decode())
print("quit", pop.quit().decode())
pop = poplib.POP3(host, pop3_port)
pop.user("client2")
pop.pass_("admin")
print("after", pop.stat())
pop.quit()
