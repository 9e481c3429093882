// The journey language. docs/language.md explains each construct; this file is only its shape.
// Meaning (which names exist, which types fit) is the binder's job, so the rules here stay loose
// where a tighter rule would only turn a clear semantic error into a vague syntax error.
parser grammar JourneyParser;

options { tokenVocab = JourneyLexer; }

compilationUnit : declaration* EOF ;

declaration
    : contactDecl
    | eventDecl
    | templateDecl
    | segmentDecl
    | scoreDecl
    | lifecycleDecl
    | policyDecl
    | connectionDecl
    | journeyDecl
    | testDecl
    ;

// ---- Schema ----------------------------------------------------------------------------------

contactDecl : CONTACT LBRACE fieldDecl* RBRACE ;

eventDecl : EVENT name (LBRACE fieldDecl* RBRACE)? ;

fieldDecl : memberName COLON typeRef (ASSIGN expression)? COMMA? ;

typeRef
    : ENUM LPAREN name (COMMA name)* COMMA? RPAREN QUESTION?   # enumType
    | LIST LPAREN typeRef RPAREN QUESTION?                      # listType
    | name QUESTION?                                            # namedType
    ;

// ---- Content ---------------------------------------------------------------------------------

templateDecl
    : TEMPLATE channel=name templateName=name TRANSACTIONAL? (templateText | LBRACE templatePart* RBRACE)
    ;

templatePart : partName=(SUBJECT | BODY | TEXT | PREHEADER) templateText ;

templateText
    : STRING_LITERAL            # inlineText
    | FILE STRING_LITERAL       # fileText
    ;

// ---- Audience --------------------------------------------------------------------------------

segmentDecl : SEGMENT name ASSIGN expression ;

scoreDecl : SCORE name LBRACE scoreRule* RBRACE ;

scoreRule
    : ON eventRef sign=(PLUS | MINUS) amount=number (WHERE expression)?
      (MAX INT_LITERAL PER DURATION_LITERAL)?                   # scoreOnRule
    | DECAY PERCENT_LITERAL EVERY DURATION_LITERAL               # scoreDecayRule
    ;

lifecycleDecl : LIFECYCLE LBRACE name (ARROW name)* RBRACE ;

policyDecl : POLICY LBRACE policyRule* RBRACE ;

policyRule
    : QUIET HOURS TIME_LITERAL DOTDOT TIME_LITERAL zone?         # quietHoursRule
    | AT MOST INT_LITERAL channel=name PER DURATION_LITERAL      # frequencyCapRule
    ;

connectionDecl : CONNECTION name ;

// ---- Journeys --------------------------------------------------------------------------------

journeyDecl : JOURNEY name LBRACE journeyItem* RBRACE ;

// Clauses and steps share one list so that a clause written after a step gets a clear
// "move it up" diagnostic from the binder instead of a syntax error.
journeyItem
    : journeyClause SEMI?
    | statement SEMI?
    ;

journeyClause
    : WHEN trigger                                                               # triggerClause
    | ENTRY ONCE                                                                 # entryOnceClause
    | ENTRY EVERY TIME (COMMA? AT MOST ONCE PER DURATION_LITERAL)?                # entryEveryTimeClause
    | GOAL condition=expression (WHERE filter=expression)? (WITHIN DURATION_LITERAL)?  # goalClause
    | LEAVE WHEN condition=expression (WHERE filter=expression)?                 # leaveClause
    | HOLDOUT PERCENT_LITERAL                                                    # holdoutClause
    ;

trigger
    : CONTACT direction=(ENTERS | LEAVES) name                                   # segmentTrigger
    | STAGE BECOMES name                                                         # stageTrigger
    | YEARLY expression AT TIME_LITERAL zone?                                    # yearlyTrigger
    | DATE expression AT TIME_LITERAL zone?                                      # dateTrigger
    | INACTIVE DURATION_LITERAL                                                  # inactiveTrigger
    | NO eventRef FOR DURATION_LITERAL                                           # absenceTrigger
    | SCHEDULE DATE_LITERAL TIME_LITERAL zone? FOR name                          # scheduleTrigger
    | EVERY day=name AT TIME_LITERAL zone? FOR name                              # recurringTrigger
    | eventRef (WHERE expression)?                                               # eventTrigger
    ;

zone : LOCAL | UTC ;

statement
    : SEND channel=name template=name (WITH objectLiteral)? (AT BEST TIME)?      # sendStatement
    | SEND PREFERRED LBRACE (preferredOption SEMI?)* RBRACE (AT BEST TIME)?     # sendPreferredStatement
    | WAIT FOR eventRef (WHERE expression)? UP TO expression
      LBRACE waitBranch* RBRACE                                                  # waitForStatement
    | WAIT UNTIL expression zone? (ON WEEKDAYS)?                                 # waitUntilStatement
    | WAIT expression                                                            # waitStatement
    | IF expression block elseIfClause* elseClause?                              # ifStatement
    | SPLIT STRING_LITERAL LBRACE splitArm* RBRACE                               # splitStatement
    | SET target=expression ASSIGN value=expression                              # setStatement
    | TAG STRING_LITERAL                                                         # tagStatement
    | UNTAG STRING_LITERAL                                                       # untagStatement
    | SCORE name op=(PLUS_ASSIGN | MINUS_ASSIGN) expression                      # scoreStatement
    | STAGE name                                                                 # stageStatement
    | POST name objectLiteral?                                                   # postStatement
    | NOTIFY SALES STRING_LITERAL                                                # notifyStatement
    | EMIT eventRef objectLiteral? TO expression                                 # emitStatement
    | START JOURNEY name                                                         # startStatement
    | EXIT                                                                       # exitStatement
    ;

preferredOption : channel=name template=name (WITH objectLiteral)? ;

waitBranch : kind=(RECEIVED | TIMEOUT) block ;

elseIfClause : ELSE IF expression block ;

elseClause : ELSE block ;

splitArm : name PERCENT_LITERAL block ;

block : LBRACE (statement SEMI?)* RBRACE ;

// ---- Tests -----------------------------------------------------------------------------------

testDecl : TEST STRING_LITERAL FOR name LBRACE testItem* RBRACE ;

testItem
    : CONTACT objectLiteral SEMI?                                                # testContact
    | AT expression testAction SEMI?                                             # testAt
    | EXPECT NO? expectation (AT expression)? SEMI?                              # testExpect
    ;

testAction
    : EVENT eventRef objectLiteral?                                              # testEventAction
    | SET target=expression ASSIGN value=expression                              # testSetAction
    ;

expectation
    : SEND channel=name template=name                                            # expectSend
    | GOAL                                                                       # expectGoal
    | EXIT                                                                       # expectExit
    | STAGE name                                                                 # expectStage
    | TAG STRING_LITERAL                                                         # expectTag
    | POST name                                                                  # expectPost
    | NOTIFY SALES                                                               # expectNotify
    ;

// ---- Expressions -----------------------------------------------------------------------------

eventRef : name (DOT memberName)? ;

objectLiteral : LBRACE (property (COMMA property)* COMMA?)? RBRACE ;

property : memberName COLON expression ;

expression
    : primary                                                                    # primaryExpression
    | expression DOT memberName                                                  # memberExpression
    | MINUS expression                                                           # negateExpression
    | expression op=(STAR | SLASH) expression                                    # multiplicativeExpression
    | expression op=(PLUS | MINUS) expression                                    # additiveExpression
    | expression NOT? op=(IN | CONTAINS | STARTS_WITH | ENDS_WITH) expression     # membershipExpression
    | expression op=(EQ | NEQ | LT | LE | GT | GE) expression                    # comparisonExpression
    | expression IS NOT? SET                                                     # isSetExpression
    | NOT expression                                                             # notExpression
    | expression AND expression                                                  # andExpression
    | expression OR expression                                                   # orExpression
    ;

primary
    : literal                                                                    # literalPrimary
    | callee=functionName LPAREN (argument (COMMA argument)*)? RPAREN            # callPrimary
    | HAS TAG STRING_LITERAL                                                     # hasTagPrimary
    | LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET                 # listPrimary
    | LPAREN expression RPAREN                                                   # parenthesizedPrimary
    | (name | CONTACT | EVENT)                                                   # namePrimary
    ;

argument : expression (WITHIN DURATION_LITERAL)? ;

literal
    : STRING_LITERAL
    | number
    | DURATION_LITERAL
    | PERCENT_LITERAL
    | TIME_LITERAL
    | DATE_LITERAL
    | TRUE
    | FALSE
    ;

number : INT_LITERAL | DECIMAL_LITERAL ;

// Words that are keywords in one place but ordinary names elsewhere: `email` is a channel, a
// type and a field; `event.total`, `contact.email` and `stage` read naturally as names.
// Keywords that start a declaration are not names here, so a half-typed line never swallows the
// declaration after it; `memberName` allows the few that read naturally after a dot or as a field.
name
    : IDENTIFIER
    | ENUM | LIST | IS | TRANSACTIONAL | SUBJECT | BODY | TEXT | PREHEADER | FILE
    | DECAY | MAX | QUIET | HOURS | MOST | LOCAL | UTC
    | ENTRY | ONCE | TIME | GOAL | LEAVE | HOLDOUT | STAGE | YEARLY | DATE | INACTIVE | SCHEDULE
    | BEST | PREFERRED | WEEKDAYS | RECEIVED | TIMEOUT | TAG | SALES | START | EXIT | EXPECT
    | SEND | POST | NOTIFY | EMIT | SPLIT | UNTAG | ENTERS | LEAVES | BECOMES
    ;

// A field or property name: also `contact`, `event`, `template` and `score` (as in `event.template`).
memberName : name | CONTACT | EVENT | TEMPLATE | SCORE ;

functionName : name | SCORE ;
