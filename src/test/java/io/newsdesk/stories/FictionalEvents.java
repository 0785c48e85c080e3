package io.newsdesk.stories;

import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invented news for story tests: two warehouse fires in one town three days apart, reported by
 * different outlets in their own words, with the same mayor, fire chief and town; and a wire report
 * with a copy and two rewrites of it.
 */
final class FictionalEvents {

  private FictionalEvents() {}

  static final List<String> PEOPLE = List.of("Ilsa Brandt", "Tomas Okafor");

  /** The first fire, on Monday 3 March 2025, at a timber depot on Kestrel Street. */
  static List<Article> depotFire() {
    return List.of(
        article(
            "Harbour Courier",
            "2025-03-03",
            "Fire destroys timber depot on Kestrel Street in Lanford",
            """
            A fire tore through the timber depot on Kestrel Street in Lanford on Monday, \
            sending black smoke over the harbour and forcing the evacuation of forty homes.

            Fire chief Tomas Okafor said stacked pallets caught light shortly after dawn and \
            the blaze spread to the sawmill roof within minutes. Two workers were treated for \
            smoke inhalation.

            Mayor Ilsa Brandt said the depot would stay closed and thanked crews who worked \
            through the morning to keep the flames from the fuel store next door.\
            """),
        article(
            "Lanford Ledger",
            "2025-03-03",
            "Kestrel Street sawmill blaze: forty homes evacuated",
            """
            Residents near the Kestrel Street sawmill were moved out of forty homes on Monday \
            as flames consumed the timber yard and its pallets.

            Tomas Okafor, who leads the Lanford fire service, said the blaze began among \
            pallets before seven in the morning and reached the roof of the mill. Two \
            employees breathed in smoke and were seen by paramedics.

            Ilsa Brandt, the mayor, praised firefighters for saving the neighbouring fuel \
            store and said the timber depot was shut until further notice.\
            """),
        article(
            "Coastline Today",
            "2025-03-04",
            "Timber yard fire in Lanford was started by pallets, says chief",
            """
            Monday's fire at the Lanford timber depot started in a stack of pallets, fire \
            chief Tomas Okafor said, as investigators searched the burnt sawmill on Kestrel \
            Street.

            The blaze forced forty households from their homes and two workers needed \
            treatment for smoke. Crews kept the flames away from a fuel store beside the yard.

            Mayor Ilsa Brandt said families could return home and the depot would remain \
            closed while the sawmill roof is made safe.\
            """));
  }

  /** The second fire, on Thursday 6 March 2025, at a grain store on the Millbrook quay. */
  static List<Article> grainStoreFire() {
    return List.of(
        article(
            "Harbour Courier",
            "2025-03-06",
            "Grain store on Millbrook quay burns in second Lanford fire this week",
            """
            A grain store on the Millbrook quay in Lanford burned on Thursday evening, three \
            days after a fire at a timber depot in the town.

            Fire chief Tomas Okafor said sparks from a conveyor belt ignited dust in the silo \
            hall. The quay was sealed off and fishing boats were moved away from the burning \
            warehouse. Nobody was hurt.

            Mayor Ilsa Brandt called for checks of every silo in the port and said barley \
            worth two million crowns had been lost.\
            """),
        article(
            "Lanford Ledger",
            "2025-03-06",
            "Barley silo fire seals off Millbrook quay",
            """
            Flames engulfed the barley silos at the Millbrook quay grain store on Thursday, \
            and boats were towed away from the quay as the warehouse burned into the night.

            Tomas Okafor, head of the fire service, blamed a conveyor belt whose sparks lit \
            grain dust inside the silo hall. No injuries were reported.

            Ilsa Brandt, the mayor, put the loss at two million crowns of barley and ordered \
            inspections of all silos in the port.\
            """),
        article(
            "Coastline Today",
            "2025-03-07",
            "Conveyor sparks blamed for Millbrook grain silo fire",
            """
            Sparks from a conveyor belt lit grain dust in the silo hall of the Millbrook quay \
            grain store on Thursday, fire chief Tomas Okafor said, after crews fought the \
            flames through the night.

            Boats were moved from the quay and no one was injured, but Mayor Ilsa Brandt said \
            two million crowns worth of barley was lost. She ordered every silo in the port \
            to be checked.\
            """));
  }

  static final String WIRE_TEXT =
      """
      The Valdorian parliament voted on Tuesday to close the Orsk coal mine by the end of next \
      year, ending two centuries of mining in the northern valley.

      The motion passed by 212 votes to 140 after a debate that ran past midnight. Energy \
      minister Petra Lindqvist said the miners would be offered retraining and a pension \
      bridge, and that the valley would receive a fund for new industry.

      "This is the hardest decision this chamber has taken in a generation, and it is the \
      right one," Lindqvist told lawmakers before the vote.

      The miners' union called a rally in Orsk for Saturday and said it would challenge the \
      timetable in court. About 1,800 people work at the mine, the largest employer in the \
      region.\
      """;

  /** The wire report, dated; a copy a day later; two undated rewrites of it. */
  static List<Article> wireAndItsRewrites() {
    return List.of(
        article("Meridian Wire", "2025-04-08", "Valdoria votes to close Orsk coal mine", WIRE_TEXT),
        article(
            "Northern Gazette",
            "2025-04-09",
            "Parliament votes to shut Orsk mine",
            WIRE_TEXT.substring(0, WIRE_TEXT.lastIndexOf("The miners' union"))),
        article(
            "Valley Voice",
            null,
            "Orsk mine to close: what it means for the valley",
            """
            The Valdorian parliament voted on Tuesday to close the Orsk coal mine by the end \
            of next year, ending two centuries of mining in the northern valley. For the \
            families of Orsk the news lands hard.

            Energy minister Petra Lindqvist said the miners would be offered retraining and a \
            pension bridge, and that the valley would receive a fund for new industry. Local \
            shopkeepers said they feared for their trade once the pits fall silent.

            Teachers at the Orsk school said many pupils have fathers and mothers underground.\
            """),
        article(
            "Energy Brief",
            null,
            "Lindqvist wins vote on Orsk closure",
            """
            Energy minister Petra Lindqvist won the vote she needed: the motion passed by 212 \
            votes to 140 after a debate that ran past midnight.

            "This is the hardest decision this chamber has taken in a generation, and it is \
            the right one," Lindqvist told lawmakers before the vote. Analysts said the closure \
            would cut the country's emissions by a tenth.

            The miners' union called a rally in Orsk for Saturday and said it would challenge \
            the timetable in court.\
            """));
  }

  static Article article(String outlet, String published, String title, String body) {
    List<EntityMention> persons =
        PEOPLE.stream().filter(body::contains).map(FictionalEvents::subject).toList();
    List<EntityMention> places =
        body.contains("Lanford")
            ? List.of(subject("Lanford"))
            : body.contains("Orsk") ? List.of(subject("Orsk")) : List.of();
    if (body.contains("Lindqvist")) {
      persons = List.of(subject("Petra Lindqvist"));
    }
    String id = UUID.randomUUID().toString();
    return new Article(
        id,
        title,
        body,
        Optional.of(outlet),
        Optional.ofNullable(published).map(LocalDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("en"),
        persons,
        List.of(),
        places,
        List.of(),
        id);
  }

  private static EntityMention subject(String name) {
    return new EntityMention(name, 2, EntityRole.SUBJECT, List.of(name));
  }
}
