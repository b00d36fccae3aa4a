$ raserr 700-600 600
--- stdout
600  An operation is pending.
  name     PENDING
  check    On a dial-up connection, a modem setting that changed while Windows kept running can cause it. Restart the computer; if that does not help, remove the modem in Device Manager and install it again.
  source   http://h10025.www1.hp.com/ewfrf/wc/document?docname=bpb11742&tmp_task=setupCategory&cc=us&dest_page=product&dlc=en&lc=en&os=181&product=94518&softwareitem=33678
  not RAS  ERROR_CONVERT_TO_LARGE: Internal OFS status codes indicating how an allocation operation is handled. Either it is retried after the containing onode is moved or the extent stream is converted to a large stream.
--- stderr
raserr: 700-600: range runs backwards
--- exit 2
