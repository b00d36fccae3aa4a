$ raserr 700-600 600
--- stdout
600  An operation is pending.
  name     PENDING
  not RAS  ERROR_CONVERT_TO_LARGE: Internal OFS status codes indicating how an allocation operation is handled. Either it is retried after the containing onode is moved or the extent stream is converted to a large stream.
--- stderr
raserr: 700-600: range runs backwards
--- exit 2
