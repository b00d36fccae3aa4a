$ raserr café ERROR_VPN_日志; echo $?; raserr -f tsv -g '‘Service Name’' | cut -f1
--- stdout
2
815
--- stderr
raserr: café: not a code, range or name
raserr: ERROR_VPN_日志: not a code, range or name
--- exit 0
