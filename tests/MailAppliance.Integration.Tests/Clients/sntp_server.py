"""A stand-in NTP server on loopback for the clock tests: answers every SNTP request (RFC 4330)
as a stratum-2 server whose clock reads 2030-06-15 08:30:00 UTC, echoing the request's transmit
timestamp as the originate timestamp. Prints its port, then serves until killed.
"""
import socket
import struct
import sys

NTP_EPOCH_TO_2030_06_15_0830 = 4116731400  # seconds from 1900-01-01 to 2030-06-15 08:30:00 UTC

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
while True:
    request, client = sock.recvfrom(512)
    if len(request) < 48:
        continue
    stamp = struct.pack("!II", NTP_EPOCH_TO_2030_06_15_0830, 0)
    reply = bytes([0x24, 2, 6, 0xEC]) + bytes(8) + b"LOCL" + stamp + request[40:48] + stamp + stamp
    sock.sendto(reply, client)
