import type { ExistenceEntry } from './types';

/**
 * Common English idioms for `
cliche
`, written for this project (one phrase per line, the forms a writer uses). An
 * idiom is vivid the first time and a stock phrase the hundredth; the rule points at it and the writer decides, so
 * no entry has a fix. Left out on purpose: idioms that are also plain technical or literal English in engineering
 * posts ("under the hood", "out of the box", "in the loop", "on the fly", "rule of thumb", "by hand", "from scratch",
 * "state of the art", "end to end", "in the wild", "bottleneck", "in the pipeline"), and every phrase another word-list table flags.
 */
const IDIOMS = `
a blessing in disguise | a rising tide lifts all boats | a dime a dozen | a drop in the bucket | a drop in the ocean | a far cry from
a piece of cake | a slap on the wrist | a storm in a teacup | a tough nut to crack | a hard nut to crack
a walk in the park | a needle in a haystack | a bitter pill to swallow | a fish out of water | a leap of faith
a level playing field | a long shot | a man of his word | a picture is worth a thousand words | a penny for your thoughts
a stone's throw | a taste of your own medicine | a wolf in sheep's clothing | a cut above | a far cry
across the board | add fuel to the fire | add insult to injury | against all odds | against the clock
ahead of the curve | ahead of the pack | all bark and no bite | all ears | all in the same boat | in the same boat
all said and done | all hands on deck | apples to apples | apples and oranges | as cool as a cucumber
as old as the hills | as right as rain | as luck would have it | at a crossroads | at the drop of a hat
at death's door | at face value | at the eleventh hour | at the top of your game | at wit's end | at my wit's end
back to square one | back to the drawing board | bark up the wrong tree | barking up the wrong tree
beat a dead horse | beating a dead horse | flogging a dead horse | beat around the bush | beating around the bush
bend over backwards | bent over backwards | bite off more than you can chew | bit off more than we could chew
bite the bullet | bit the bullet | bite the dust | bit the dust | bitten the dust | break a leg | break the ice
break the bank | burn the midnight oil | burning the midnight oil | burned the midnight oil | burnt the midnight oil | burn bridges | burn your bridges | burned our bridges
by the skin of your teeth | by the skin of our teeth | by the book | call it a day | called it a day
can't hold a candle to | cannot hold a candle to | caught red-handed | caught between a rock and a hard place
between a rock and a hard place | cost an arm and a leg | costs an arm and a leg | cross that bridge when we come to it
cry over spilt milk | cry over spilled milk | curiosity killed the cat | cut corners | cutting corners | cut to the chase
cut the mustard | down the rabbit hole | down to the wire | down to earth | draw the line | drew the line
easier said than done | every cloud has a silver lining | few and far between | fit as a fiddle
fly off the handle | for what it's worth | get out of hand | got out of hand | get the ball rolling | got the ball rolling
get the hang of | got the hang of | get your act together | give the benefit of the doubt | the benefit of the doubt
go back to the drawing board | go down in flames | went down in flames | going down in flames
go the distance | hit the ground running | hit the nail on the head
hit the road | hit the sack | hit the books | hit a wall | hit a brick wall | hold your horses | in hot water
in the nick of time | in the heat of the moment | in a nutshell | in one fell swoop | in the blink of an eye
in the long run | in the same vein | it's not rocket science | it is not rocket science | not rocket science
jump on the bandwagon | jumped on the bandwagon | jump the gun | jumped the gun | jumping the gun
keep your chin up | keep an eye on | kept an eye on | keep your eyes peeled | kill two birds with one stone
knock on wood | last but not least | leave no stone unturned | left no stone unturned | let sleeping dogs lie
let the cat out of the bag | let the chips fall where they may | like a kid in a candy store | like clockwork
like a house on fire | like there's no tomorrow | lose your marbles | make ends meet | make a long story short
to make a long story short | long story short | miss the boat | missed the boat | more than meets the eye
neck and neck | no pain, no gain | no pain no gain | nothing to write home about | off the beaten path
off the beaten track | off the top of my head | on cloud nine | on the ball | on the fence | on thin ice | skating on thin ice
on the same wavelength | once in a blue moon | out of the blue | out of the woods | over the moon | over the top
pass with flying colors | with flying colors | with flying colours | play it by ear | play devil's advocate
playing devil's advocate | pull yourself together | pull someone's leg | pulling my leg | put all your eggs in one basket
all your eggs in one basket | put a sock in it | rain on your parade | raining cats and dogs | reinvent the wheel
reinventing the wheel | reinvented the wheel | ring a bell | rings a bell | rock the boat | rocking the boat | run out of steam
ran out of steam | running out of steam | run like clockwork | save the day | saved the day | saving grace
see eye to eye | set in stone | sit on the fence | sleep on it | slipped through the cracks | slip through the cracks
fall through the cracks | fell through the cracks | spill the beans | spilled the beans | steal the show | stole the show
stick to your guns | stuck to our guns | take it with a grain of salt | with a grain of salt | with a pinch of salt
take the bull by the horns | the ball is in your court | the ball is in their court | the best of both worlds
the calm before the storm | the devil is in the details | the last straw | the straw that broke the camel's back
the whole nine yards | the writing on the wall | the writing is on the wall | throw in the towel | threw in the towel
throw caution to the wind | threw caution to the wind | through thick and thin | time flies | time is money
to each their own | to each his own | turn a blind eye | turned a blind eye | turn over a new leaf | under the weather
under the radar | flew under the radar | flying under the radar | up in the air | up in arms | water under the bridge
when pigs fly | whole new world | wild goose chase | a wild goose chase | word of mouth | you can't judge a book by its cover
judge a book by its cover | your guess is as good as mine | a hot potato | hot potato | back to basics
bigger fish to fry | bite the hand that feeds you | blow off steam | blowing off steam | born and raised
bring home the bacon | burst your bubble | by leaps and bounds | in leaps and bounds | call the shots | calling the shots
change of heart | chip on your shoulder | clear as mud | close but no cigar | cold feet | got cold feet | come rain or shine
cool your heels | cream of the crop | cross your fingers | fingers crossed | crunch time | cut some slack
dead in the water | dig in your heels | dodge a bullet | dodged a bullet | don't count your chickens
count your chickens before they hatch | drive me up the wall | driving me up the wall | drop the ball | dropped the ball
dropping the ball | every dog has its day | face the music | fair and square | fall on deaf ears | fell on deaf ears
feel the pinch | fight fire with fire | fish for compliments | food for thought | from the ground up | full steam ahead
get a taste of | get off the ground | got off the ground | get your feet wet | got our feet wet | get the show on the road
give it a shot | give it a whirl | go with the flow | going with the flow | grass is always greener
the grass is always greener | hands down | hang in there | head over heels | hear it through the grapevine
through the grapevine | high and dry | left high and dry | hit the jackpot | hold the fort | in the driver's seat
it takes two to tango | keep at bay | keep your head above water | kick the bucket
kick the can down the road | kicking the can down the road | kicked the can down the road | know the ropes | learn the ropes
learning the ropes | let off steam | light at the end of the tunnel | the light at the end of the tunnel
like a broken record | lose sleep over | lost sleep over | make a mountain out of a molehill | mountain out of a molehill
method to the madness | method to my madness | mum's the word | nip it in the bud | nipped in the bud | no brainer | no-brainer
not my cup of tea | my cup of tea | on the tip of my tongue | on the tip of your tongue | once bitten, twice shy | once bitten twice shy
out of the frying pan into the fire | paint the town red | par for the course | pie in the sky | piece of the pie
pull out all the stops | pulled out all the stops | pull the plug | pulled the plug | pulling the plug
push the envelope | pushing the envelope | pushed the envelope | put your money where your mouth is | rule the roost
salt of the earth | scratch the surface | scratching the surface | scratched the surface | shoot from the hip
sink or swim | six of one, half a dozen of the other | six of one and half a dozen of the other | smooth sailing
smooth as silk | speak of the devil | spread yourself too thin | spread too thin | stretched too thin | square peg in a round hole
start from square one | steer clear of | step up to the plate | stepped up to the plate | straight from the horse's mouth
take a back seat | took a back seat | take a rain check | rain check | take the cake | takes the cake | talk shop
the icing on the cake | icing on the cake | the cherry on top | the jury is still out | the jury's still out | the lion's share
the tip of the tongue | the whole shebang | the world is your oyster | thick as thieves | through the roof | went through the roof
throw someone under the bus | thrown under the bus | threw them under the bus | tie up loose ends | tied up loose ends | loose ends
to the letter | toe the line | too many cooks | too many cooks spoil the broth | turn the tables | turned the tables
twist someone's arm | twisted my arm | under the gun | until the cows come home | up to speed | bring up to speed
walk on eggshells | walking on eggshells | wear many hats | wearing many hats | wet behind the ears | when it rains it pours
when it rains, it pours | with bated breath | worth its weight in gold | you can say that again | zero in on
a ballpark figure | ballpark figure | a ballpark estimate | a foot in the door | foot in the door | a fresh pair of eyes
a labor of love | a labour of love | a matter of time | only a matter of time | a perfect fit | a rude awakening
a safe bet | a sight for sore eyes | a slippery slope | slippery slope | a stone's throw away | a stroke of luck
a whole other story | all over the map | all over the place | an uphill battle | uphill battle | an open book
back in the day | bells and whistles | bread and butter | by the same token | cat and mouse | day in, day out
day in and day out | dead end | fast and loose | few and far | from the get-go | from the word go | give and take
hand in hand | head and shoulders above | heart of gold | hit or miss | hit-or-miss | in black and white | in the dark
in the red | in the black | leaps and bounds | life and soul of the party | loud and clear | make or break | make-or-break
nuts and bolts | odds and ends | off the charts | on a roll | on the back burner | on the cutting edge | on the same page
out of the loop | over the hill | part and parcel | peace of mind | rags to riches | rise and shine | safe and sound
short and sweet | sick and tired | slowly but surely | spick and span | tried and true | tried and tested | up and running
ups and downs | wear and tear | word for word
`;

/**
 * One entry per phrase. A phrase matches across spaces only, so the spellings with a comma ("no pain, no gain") are
 * listed for readers of this file but matched in their comma-less form, which the list also holds.
 */
export const idioms: readonly ExistenceEntry[] = IDIOMS.split(/[|\n]/).map((p) => p.trim())
  .filter((p) => p !== '' && !p.includes(','))
  .map((phrase) => ({ match: [phrase], note: 'an idiom: say it plainly' }));
