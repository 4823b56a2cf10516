"""Holds a card exclusively, as another program would, until stdin closes.

Connects with SCARD_SHARE_EXCLUSIVE through pcsc-lite (no command is sent to the card),
prints "held", and waits. Used by the card-reader tests; PCSCLITE_CSOCK_NAME names the daemon.
"""
import ctypes
import sys

SCARD_SCOPE_SYSTEM = 2
SCARD_SHARE_EXCLUSIVE = 1
SCARD_PROTOCOL_ANY = 3

lib = ctypes.CDLL("libpcsclite.so.1")
context = ctypes.c_long()
if lib.SCardEstablishContext(SCARD_SCOPE_SYSTEM, None, None, ctypes.byref(context)) != 0:
    print("no-service", flush=True)
    sys.exit(1)
handle = ctypes.c_long()
protocol = ctypes.c_ulong()
rv = lib.SCardConnect(context, sys.argv[1].encode(), SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_ANY,
                      ctypes.byref(handle), ctypes.byref(protocol))
if rv != 0:
    print("error 0x%08X" % (rv & 0xFFFFFFFF), flush=True)
    sys.exit(1)
print("held", flush=True)
sys.stdin.read()
