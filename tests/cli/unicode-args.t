$ raserr café ERROR_VPN_日志; echo $?; raserr -f tsv -g '‘Service Name’' | cut -f1
--- stdout
1
815
--- stderr
raserr: café ERROR_VPN_日志: no code in this text; try raserr --grep VPN
--- exit 0
