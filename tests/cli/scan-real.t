$ raserr -s -f tsv | cut -f1,14
--- stdin
我第三方购买的ssl证书会导致win7连接ipsecs时提示 Error 13801：IKE authentication错误
> 错误 789：L2TP 连接尝试失败，因为安全层在初始化与远程计算机的协商时遇到一个处理错误。
[1] https://documentation.meraki.com/MX-Z/Client_VPN/Troubleshooting_Client_VPN#Windows_Error_809
* [Windows 错误 628 或 766](#windows-%E9%94%99%E8%AF%AF-628-%E6%88%96-766)
603 &#8211; Caller&#8217;s buffer is too small.
  678     There was no answer.
CreateProcess error=740, The requested operation requires elevation.
Setup Error 799 Object <some number> Your Setup files may be damaged.
      Runtime error 735: The control is no longer usable because it has been
Failed to connect to server <esxhost>:902
734, 732 | PPP link control protocol termination or failure to agree on PPP control protocols. | Permissions, authentication issues. |
Windows Error 740: Fix Elevation Required Error
--- stdout
13801	(standard input):1
789	(standard input):2
809	(standard input):3
628	(standard input):4
766	(standard input):4
603	(standard input):5
678	(standard input):6
734	(standard input):11
732	(standard input):11
--- stderr
--- exit 0
