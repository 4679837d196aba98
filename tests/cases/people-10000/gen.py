"""10,000 people in one entry, too big to commit: writes this case's input to argv[1]."""
import sys


def tag(i):
    return ''.join(chr(65 + (i // 26 ** k) % 26) for k in range(4))


out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\n## **Personnes responsables**\n\n')
out.write(''.join('M. Jean DU%s, directeur\n' % tag(i) for i in range(10000)))
out.close()
