$ raserr 600-610
--- stdout
600  An operation is pending.
601  The port handle is invalid.
602  The port is already open.
603  Caller’s buffer is too small.
604  Wrong information specified.
605  Cannot set port information.
606  The port is not connected.
607  The event is invalid.
608  The device does not exist.
609  The device type does not exist.
610  The buffer is invalid.
--- stderr
--- exit 0
