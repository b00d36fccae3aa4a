$ raserr -f tsv 605 818 837 872 868 691 | cut -f1,8; raserr -v 605 818 837 872 691 | grep -e "^  windows" -e "^[0-9]" | cut -c1-40
--- stdout
605	before-vista
818	up-to-vista
837	7
872	8.1
868	7
691	
605  Cannot set port information.
  windows  not used since Windows Vista
818  The Network Access Protection (NAP)
  windows  up to Windows Vista
837  Invalid Tunnel ID.
  windows  since Windows 7
872  The configuration for the interface
  windows  since Windows 8.1
691  Access denied because username and/
--- stderr
--- exit 0
