// Tokens of the journey language. Keywords are reserved only where the parser needs them:
// most of them may still be used as names (see `name` in JourneyParser.g4).
lexer grammar JourneyLexer;

channels { COMMENTS }

// Declarations
CONTACT    : 'contact';
EVENT      : 'event';
TEMPLATE   : 'template';
SEGMENT    : 'segment';
SCORE      : 'score';
LIFECYCLE  : 'lifecycle';
POLICY     : 'policy';
CONNECTION : 'connection';
JOURNEY    : 'journey';
TEST       : 'test';

// Types that need syntax of their own
ENUM : 'enum';
IS   : 'is';
LIST : 'list';

// Template parts
SUBJECT   : 'subject';
BODY      : 'body';
TEXT      : 'text';
PREHEADER : 'preheader';
TRANSACTIONAL : 'transactional';
FILE      : 'file';

// Scores, policy
ON        : 'on';
DECAY     : 'decay';
EVERY     : 'every';
MAX       : 'max';
PER       : 'per';
QUIET     : 'quiet';
HOURS     : 'hours';
AT        : 'at';
MOST      : 'most';
LOCAL     : 'local';
UTC       : 'utc';

// Journey clauses and triggers
WHEN      : 'when';
WHERE     : 'where';
ENTRY     : 'entry';
ONCE      : 'once';
TIME      : 'time';
GOAL      : 'goal';
WITHIN    : 'within';
LEAVE     : 'leave';
HOLDOUT   : 'holdout';
ENTERS    : 'enters';
LEAVES    : 'leaves';
STAGE     : 'stage';
BECOMES   : 'becomes';
YEARLY    : 'yearly';
DATE      : 'date';
INACTIVE  : 'inactive';
NO        : 'no';
FOR       : 'for';
SCHEDULE  : 'schedule';

// Steps
SEND      : 'send';
WITH      : 'with';
BEST      : 'best';
PREFERRED : 'preferred';
WAIT      : 'wait';
UNTIL     : 'until';
WEEKDAYS  : 'weekdays';
UP        : 'up';
TO        : 'to';
RECEIVED  : 'received';
TIMEOUT   : 'timeout';
IF        : 'if';
ELSE      : 'else';
SPLIT     : 'split';
SET       : 'set';
TAG       : 'tag';
UNTAG     : 'untag';
POST      : 'post';
NOTIFY    : 'notify';
SALES     : 'sales';
EMIT      : 'emit';
START     : 'start';
EXIT      : 'exit';

// Tests
EXPECT    : 'expect';

// Expressions
AND        : 'and';
OR         : 'or';
NOT        : 'not';
IN         : 'in';
CONTAINS   : 'contains';
STARTS_WITH: 'starts_with';
ENDS_WITH  : 'ends_with';
HAS        : 'has';
TRUE       : 'true';
FALSE      : 'false';

// Literals. Longer forms come first so that `2026-12-01` is one date, not a subtraction.
DATE_LITERAL     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
TIME_LITERAL     : DIGIT DIGIT? ':' DIGIT DIGIT;
DURATION_LITERAL : DIGIT+ ('s' | 'm' | 'h' | 'd' | 'w');
PERCENT_LITERAL  : DIGIT+ ('.' DIGIT+)? '%';
DECIMAL_LITERAL  : DIGIT+ '.' DIGIT+;
INT_LITERAL      : DIGIT+;
STRING_LITERAL   : '"' (ESCAPE | ~["\\\r\n])* '"';
// A string that reaches the end of its line: reported as one clear error, not a cascade.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])*;

// Punctuation
LBRACE    : '{';
RBRACE    : '}';
LPAREN    : '(';
RPAREN    : ')';
LBRACKET  : '[';
RBRACKET  : ']';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
DOTDOT    : '..';
DOT       : '.';
ARROW     : '->';
PLUS_ASSIGN  : '+=';
MINUS_ASSIGN : '-=';
EQ        : '==';
NEQ       : '!=';
LE        : '<=';
GE        : '>=';
LT        : '<';
GT        : '>';
ASSIGN    : '=';
PLUS      : '+';
MINUS     : '-';
STAR      : '*';
SLASH     : '/';
QUESTION  : '?';

IDENTIFIER : [a-zA-Z_] [a-zA-Z0-9_]*;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
// Only a comment with no `*/` at all reaches the end of the file.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(COMMENTS);
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN);

// Anything else is one bad character; the parser reports it in plain words.
BAD_CHARACTER : .;

fragment DIGIT  : [0-9];
fragment ESCAPE : '\\' ~[\r\n];   // any escape lexes; the checker reports unknown ones (MA5006)
