$ raserr -l -f tsv | awk -F"\t" "\$9 != \"\" { print \$1 }" | tr "\n" " "; echo
--- stdout
619 628 651 678 691 720 721 734 741 742 789 800 806 807 809 812 868 
--- stderr
--- exit 0
