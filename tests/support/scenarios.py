"""Realistic interviews, as people type them, for the send-ready harness.

Each scenario is one interview record (what Your interviews holds), the person's profile, the
extra answers each step's worksheet asks for itself, and the moment the person presses the
button. :func:`run` sends them through every worksheet the way the page does (answers plus
the interview record in the context), so the harness reads what a person would get.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tests.support.moment import context_json
from worksheets import api

SAM = {"your_name": "Sam Jones", "your_email": "sam.jones@example.com", "your_phone": "+44 7700 900123"}
OUTCOMES = ("rejected", "withdrawn", "offer_elsewhere")
OFFERS = ("offer", "accepted", "declined")
#: Every worksheet that writes a message, in the order of the guide.
SHEETS = ("process", "thank-you", "linkedin", "follow-up", "outcomes", "offer", "interview")


@dataclass(frozen=True)
class Scenario:
    name: str
    record: dict[str, Any]
    today: str
    time: str = "18:30"
    profile: dict[str, Any] = field(default_factory=lambda: dict(SAM))
    sheets: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The offers of the person's other applications, as the page sends them.
    elsewhere: tuple[dict[str, str], ...] = ()

    def answers(self, sheet: str) -> dict[str, Any]:
        own = self.sheets.get(sheet, {})
        if sheet == "outcomes" and "happened" not in own:  # step 5 starts from the interview's stage
            own = {"happened": self.record.get("stage"), **own}
        return {**self.profile, **self.record, **own}

    @property
    def panel(self) -> int:
        return len([p for p in self.record.get("interviewers") or [] if p.get("name")])

    @property
    def written_to(self) -> int:
        """How many thank-you emails: the panel, and everyone else met whose address is known."""
        return self.panel + len([p for p in self.record.get("others") or [] if p.get("name") and p.get("email")])


def run(scenario: Scenario, sheet: str) -> dict[str, Any]:
    """One worksheet's reply, as the browser gets it."""
    context = json.loads(context_json(scenario.today, scenario.time, interview="scenario-" + scenario.name,
                                      record=scenario.record, **scenario.profile))
    context["elsewhere"] = list(scenario.elsewhere)
    return json.loads(api.run(sheet, json.dumps(scenario.answers(sheet)), json.dumps(context)))


def sheets_for(scenario: Scenario) -> list[str]:
    """The worksheets this interview would use: outcomes only once there is an outcome, the
    offer's only once there is an offer."""
    stage = scenario.record.get("stage")
    return [s for s in SHEETS if (s != "outcomes" or stage in OUTCOMES) and (s != "offer" or stage in OFFERS)]


def person(name: str, detail: str = "", email: str = "", title: str = "", invited: bool = False) -> dict[str, Any]:
    return {"name": name, "detail": detail, "email": email, "title": title, "invited": invited}


PRIYA = person("Priya Shah", "your plans to move reporting onto one warehouse", "priya.shah@acme.example", "Head of Data")
TOM = person("Tom Lee", "how the team runs its weekly reviews", "tom.lee@acme.example")
ANA = person("Ana Ruiz", "the onboarding programme for new analysts", "", "Analytics Lead")
DEV = person("Dev Patel", "the move from spreadsheets to dashboards")
LIN = person("Lin Zhou", "what the first ninety days would look like")
OLA = person("Ola Nowak", "the client workshops in Leeds")
KOFI = {"name": "Kofi Mensah", "met": "on the office tour", "detail": "the new analytics hub", "invited": False}
ROSA = {"name": "Rosa Díaz", "met": "The receptionist who found me a quiet room", "detail": "", "invited": False}
AGENCY = {"agency": True, "consultant_name": "Jo Bloggs", "consultant_email": "jo.bloggs@hartley-recruitment.example"}
HR = {"coordinator_name": "Mia Clarke", "coordinator_email": "mia.clarke@acme.example"}


def interview(**fields: Any) -> dict[str, Any]:
    record = {"company": "Acme Analytics", "role": "Data Analyst", "date": "2026-11-25", "time": "10:00",
              "format": "in_person", "interviewers": [PRIYA], "stage": "interviewing", "followups_sent": "0"}
    record.update(fields)
    return record


SCENARIOS: tuple[Scenario, ...] = (
    # --- the case from the issue: a video final round through an agency, a two-person panel
    Scenario("agency-video-final-panel", interview(
        round="Final round", format="video", time="14:00", interviewers=[PRIYA, TOM], next_stage="decision",
        timing="we'll let you know by the end of next week", timeline_from="interviewers", **AGENCY), "2026-11-25", "19:10",
        sheets={"process": {"referees": [{"name": "Dr Helen Marsh", "email": "h.marsh@uni.example"}],
                            "who_will_call": "the HR team at Acme", "projects": "the churn model\nthe reporting rebuild",
                            "salary_low": "£42,000", "salary_high": "£48,000", "walk_away": "£40,000"}}),
    Scenario("solo-morning-by-friday", interview(timing="by Friday", timeline_from="coordinator", **HR), "2026-11-25", "12:15"),
    Scenario("phone-friday-afternoon-no-date", interview(date="2026-11-27", time="16:30", format="phone",
                                                         interviewers=[PRIYA, TOM, ANA]), "2026-11-27", "17:20"),
    Scenario("panel-of-four-christmas-gb", interview(
        date="2026-12-21", time="11:00", interviewers=[PRIYA, TOM, ANA, DEV], timing="in a couple of weeks",
        next_stage="final_round", country="GB", **HR), "2026-12-21", "16:00"),
    Scenario("agency-ask-consultant-said-early-next-week", interview(
        timing="early next week", timeline_from="consultant", thanks_via="ask", interviewers=[PRIYA, TOM], **AGENCY),
        "2026-11-25", "20:00"),
    Scenario("rejected-via-agency-direct-question", interview(
        stage="rejected", news_from="consultant", last_reply="2026-12-03", format="video", **AGENCY), "2026-12-03", "17:00",
        sheets={"outcomes": {"feedback_question": "How could I have answered the stakeholder question better?",
                             "valued": "meeting the whole analytics team"}}),
    Scenario("rejected-by-recruiter-indirect-question", interview(
        stage="rejected", news_from="coordinator", last_reply="2026-12-04", **HR), "2026-12-04", "11:00",
        sheets={"outcomes": {"feedback_question": "how I could have made my case study stronger",
                             "valued": "You were very open about the team's challenges."}}),
    Scenario("rejected-by-hiring-manager-on-the-phone", interview(
        stage="rejected", news_from="interviewers", format="phone", last_reply="2026-12-02"), "2026-12-02", "15:00",
        sheets={"outcomes": {"feedback_question": "my portfolio presentation"}}),
    Scenario("withdraw-accepted-offer-via-agency", interview(stage="withdrawn", **AGENCY), "2026-12-01", "09:00",
             sheets={"outcomes": {"withdraw_reason": "accepted_offer", "valued": "the tour of the new office"}}),
    Scenario("withdraw-not-fit", interview(stage="withdrawn", **HR), "2026-12-01", "09:00",
             sheets={"outcomes": {"withdraw_reason": "not_fit"}}),
    Scenario("offer-elsewhere-five-days", interview(stage="offer_elsewhere", offer_deadline="2026-12-07", **HR),
             "2026-12-02", "10:00", sheets={"outcomes": {"valued": "the pairing session with the team"}}),
    Scenario("offer-elsewhere-tomorrow-via-agency", interview(stage="offer_elsewhere", offer_deadline="2026-12-03", **AGENCY),
             "2026-12-02", "10:00"),
    Scenario("names-with-apostrophes-and-accents", interview(
        interviewers=[person("Siobhán O'Brien", "the new data platform"), person("Zoë Müller-Lüdenscheidt", "Berlin's growth plans"),
                      person("Dr. José Núñez", "the research partnership"), person("Nguyễn Thị Minh Khai", "the team's hiring plans")],
        coordinator_name="Renée D'Arcy", coordinator_email="renee@acme.example", timing="by 4 December",
        timeline_from="coordinator"), "2026-11-25", "18:00",
        profile={"your_name": "Seán Ó Súilleabháin", "your_email": "sean@example.com"}),
    Scenario("bare-minimum-no-optional-fields", interview(interviewers=[person("Priya", "the new platform")]),
             "2026-11-25", "13:00", profile={"your_name": "Sam"}),
    Scenario("thanksgiving-us-afternoon", interview(time="15:00", country="US", timing="next week"), "2026-11-25", "17:30"),
    Scenario("easter-thursday-afternoon-gb", interview(date="2027-03-25", time="15:00", country="GB",
                                                       timing="by the end of next week"), "2027-03-25", "18:00"),
    Scenario("ordinal-with-weekday", interview(date="2026-11-30", time="10:00", timing="by Wednesday 9th", **HR),
             "2026-11-30", "12:00"),
    Scenario("end-of-the-month-on-its-last-day", interview(date="2026-11-30", time="09:30", timing="end of the month"),
             "2026-11-30", "11:00"),
    Scenario("second-follow-up-after-a-reply", interview(date="2026-11-10", timing="by Friday", last_reply="2026-11-16",
                                                         followups_sent="1", thanked=True, **HR), "2026-11-27", "09:00"),
    Scenario("two-follow-ups-sent", interview(date="2026-11-02", followups_sent="2", thanked=True, **HR), "2026-11-27", "09:00"),
    Scenario("offer-from-them", interview(stage="offer", thanked=True, **HR), "2026-12-01", "09:00"),
    Scenario("ghosted", interview(date="2026-10-01", stage="ghosted", thanked=True), "2026-11-27", "09:00"),
    Scenario("panel-of-six", interview(interviewers=[PRIYA, TOM, ANA, DEV, LIN, OLA], timing="within two weeks", **HR),
             "2026-11-25", "17:00"),
    Scenario("details-typed-as-sentences", interview(interviewers=[
        person("Priya Shah", "You are moving to a four-day week."), person("Tom Lee", "We talked about the new platform."),
        person("Ana Ruiz", "The migration to AWS."), person("Dev Patel", "that the team will double next year")]),
        "2026-11-25", "16:00"),
    Scenario("titles-and-name-orders", interview(interviewers=[
        person("Prof. Anna van der Berg", "the research partnership"), person("Shah, Priya", "the reporting rebuild"),
        person("tom lee", "the weekly reviews"), person("Mr Ade Bello", "the client workshops")]), "2026-11-25", "15:00"),
    Scenario("role-and-company-with-symbols", interview(company="Marks & Spencer", role="Engineering Manager",
                                                        timing="in 2-3 weeks", **HR), "2026-11-25", "14:00"),
    Scenario("evening-interview", interview(time="19:00", timing="by Monday", **HR), "2026-11-25", "21:00"),
    Scenario("saturday-interview", interview(date="2026-11-28", time="10:00", timing="by next Friday"), "2026-11-28", "12:00"),
    Scenario("their-time-zone", interview(timezone="New York", time="15:30", timing="by Friday"), "2026-11-25", "16:00"),
    Scenario("days-off-in-the-window", interview(timing="by Friday", blackout="2026-12-01, 2026-12-02", **HR),
             "2026-11-25", "18:00"),
    Scenario("timing-we-cannot-read", interview(timing="soon-ish, hopefully", **HR), "2026-11-25", "18:00"),
    Scenario("date-corrected-by-hand", interview(timing="next week", expected="2026-12-08", **HR), "2026-11-25", "18:00"),
    Scenario("linkedin-premium-invited", interview(interviewers=[{**PRIYA, "invited": True}, TOM], **HR), "2026-11-25", "18:00",
             sheets={"linkedin": {"premium": True, "coordinator_noted": "cycling to work along the canal"}}),
    Scenario("agency-without-consultant-email", interview(agency=True, consultant_name="Jo Bloggs", interviewers=[PRIYA, TOM]),
             "2026-11-25", "18:00"),
    Scenario("recruiter-also-on-the-panel", interview(interviewers=[PRIYA, person("Mia Clarke", "the graduate scheme")], **HR),
             "2026-11-25", "18:00"),
    Scenario("rejected-on-a-friday-no-question", interview(stage="rejected", news_from="coordinator", last_reply="2026-12-04",
                                                           **HR), "2026-12-04", "16:00",
             sheets={"outcomes": {"valued": "the chance to present my case study"}}),
    Scenario("rejected-agency-told-by-company", interview(stage="rejected", news_from="coordinator", last_reply="2026-12-02",
                                                          **AGENCY, **HR), "2026-12-03", "09:30",
             sheets={"outcomes": {"feedback_question": "Was my salary expectation too high?"}}),
    Scenario("late-thank-you", interview(date="2026-11-20", time="11:00", **HR), "2026-11-23", "08:30"),
    Scenario("thank-you-due-now", interview(time="09:00", **HR), "2026-11-25", "17:59"),
    Scenario("thank-you-just-late", interview(time="09:00", **HR), "2026-11-25", "18:01"),
    Scenario("year-end", interview(date="2026-12-30", time="14:00", country="GB", timing="early January"), "2026-12-31", "23:30"),
    Scenario("leap-day", interview(date="2028-02-29", time="11:00", timing="in two weeks", **HR), "2028-02-29", "12:00"),
    Scenario("video-first-round-two-rounds-ahead", interview(round="First interview", format="video", next_stage="another_round",
                                                             timing="by the 9th", interviewers=[PRIYA, TOM], **HR),
             "2026-11-25", "18:00"),
    Scenario("assessment-next", interview(next_stage="assessment", timing="in three working days", **AGENCY), "2026-11-25", "18:00"),
    Scenario("others-met-on-the-tour-and-at-reception", interview(interviewers=[PRIYA, TOM], others=[KOFI, ROSA], **HR),
             "2026-11-25", "18:00"),
    Scenario("someone-else-met-invited-premium-agency", interview(
        interviewers=[PRIYA], others=[{**KOFI, "invited": True, "met": "over lunch with the team"}], **AGENCY),
        "2026-11-25", "18:00", sheets={"linkedin": {"premium": True, "consultant_noted": "the Leeds office"}}),
    Scenario("references-next-with-referees", interview(next_stage="references", timing="by Thursday", **HR), "2026-11-25", "18:00",
             sheets={"process": {"referees": [{"name": "Ann Lee", "email": "ann.lee@uni.example"}, {"name": "Bob Ray"}],
                                 "projects": "- leading the data team\n- the billing migration"}}),
)


# --- both Englishes: American job seekers (the US, and a Canadian who chose American English)
# and British ones (the UK, Ireland, Australia, India), news by phone, email, LinkedIn and the
# agency, and people who did more (or less) than interview.
TAYLOR = {"your_name": "Taylor Brooks", "your_email": "taylor.brooks@example.com", "your_phone": "(312) 555-0148",
          "country": "US"}
AMARA = {"your_name": "Amara Okafor", "your_email": "amara.okafor@example.co.uk", "your_phone": "07700 900461",
         "country": "GB"}
DANA = person("Dana Whitfield", "how the team splits on-call work", "dana.whitfield@brightline.example", "Talent Acquisition Partner")
MARCUS = person("Marcus Oyelaran", "the plan to move claims processing onto one platform", "marcus.o@brightline.example",
                "Director of Engineering")
KELSEY = person("Kelsey Ramirez", "what the first quarter on the team would look like", "kelsey.r@brightline.example")
JORDAN = person("Jordan Pike", "the mentoring program for new analysts")
FIONA = person("Fiona MacLeod", "the move to a four-day week", "fiona.macleod@hallam-pryce.example", "Talent Partner")
OLIVER = person("Oliver Grant", "the client work in Manchester", "oliver.grant@hallam-pryce.example", "Head of Consulting")
HANNAH = person("Hannah Price", "how graduates are given their own clients in year two", "hannah.price@hallam-pryce.example")
US_HR = {"coordinator_name": "Dana Whitfield", "coordinator_email": "dana.whitfield@brightline.example"}
GB_HR = {"coordinator_name": "Fiona MacLeod", "coordinator_email": "fiona.macleod@hallam-pryce.example"}
US_AGENCY = {"agency": True, "consultant_name": "Rob Castillo", "consultant_email": "rob@summit-staffing.example"}
GB_AGENCY = {"agency": True, "consultant_name": "Priti Desai", "consultant_email": "priti.desai@harbour-recruitment.example"}


def us(**fields: Any) -> dict[str, Any]:
    record = {"company": "Brightline Health", "role": "Data Engineer", "date": "2026-11-17", "time": "10:00",
              "format": "video", "interviewers": [MARCUS], "stage": "interviewing", "followups_sent": "0"}
    record.update(fields)
    return record


def gb(**fields: Any) -> dict[str, Any]:
    record = {"company": "Hallam & Pryce", "role": "Graduate Consultant", "date": "2026-11-17", "time": "10:00",
              "format": "in_person", "interviewers": [OLIVER], "stage": "interviewing", "followups_sent": "0"}
    record.update(fields)
    return record


BOTH_ENGLISHES: tuple[Scenario, ...] = (
    Scenario("us-recruiter-phone-screen", us(
        round="Phone screen", format="phone", time="11:00", interviewers=[DANA], next_stage="another_round",
        timing="we'll circle back by end of next week", timeline_from="coordinator", timeline_by="phone", **US_HR),
        "2026-11-17", "14:30", profile=dict(TAYLOR)),
    Scenario("us-recruiter-phone-screen-no-by-phone", us(
        round="Phone screen", format="phone", time="11:00", interviewers=[DANA], stage="rejected", news_from="coordinator",
        news_by="phone", last_reply="2026-11-23", thanked=True, **US_HR), "2026-11-23", "16:10", profile=dict(TAYLOR),
        sheets={"outcomes": {"valued": "how clearly you explained the on-call rotation",
                             "feedback_question": "what would have made my SQL answers stronger"}}),
    Scenario("us-recruiter-phone-screen-follow-up", us(
        round="Phone screen", format="phone", time="11:00", interviewers=[DANA], next_stage="another_round",
        timing="by end of next week", timeline_from="coordinator", timeline_by="phone", thanked=True, **US_HR),
        "2026-12-01", "09:15", profile=dict(TAYLOR)),
    Scenario("us-no-by-email", us(stage="rejected", news_from="coordinator", news_by="email", last_reply="2026-11-24",
                                  thanked=True, **US_HR), "2026-11-24", "17:40", profile=dict(TAYLOR),
             sheets={"outcomes": {"valued": "meeting the claims team"}}),
    Scenario("us-no-through-the-agency", us(stage="rejected", news_from="consultant", news_by="phone", last_reply="2026-11-20",
                                            thanked=True, **US_AGENCY), "2026-11-20", "15:00", profile=dict(TAYLOR),
             sheets={"outcomes": {"feedback_question": "Did they say what the other candidate had that I didn't?"}}),
    Scenario("us-no-on-linkedin", us(stage="rejected", news_from="interviewers", news_by="linkedin", last_reply="2026-11-25",
                                     thanked=True), "2026-11-26", "10:00", profile=dict(TAYLOR)),
    Scenario("us-thanksgiving-week", us(date="2026-11-24", time="15:30", timing="early next week", interviewers=[MARCUS, KELSEY],
                                        **US_HR), "2026-11-24", "18:00", profile=dict(TAYLOR)),
    Scenario("us-fourth-of-july", us(date="2027-07-01", time="14:00", timing="by Tuesday", timeline_from="coordinator",
                                     timeline_by="email", **US_HR), "2027-07-01", "17:00", profile=dict(TAYLOR)),
    Scenario("us-memorial-day", us(date="2027-05-27", time="09:30", timing="early next week", **US_HR), "2027-05-27", "13:00",
             profile=dict(TAYLOR)),
    Scenario("us-labor-day-friday-afternoon", us(date="2027-09-03", time="15:00", interviewers=[MARCUS, JORDAN]),
             "2027-09-03", "17:30", profile=dict(TAYLOR)),
    Scenario("us-panel-of-three-video", us(interviewers=[MARCUS, KELSEY, JORDAN], timing="in the next two weeks",
                                           next_stage="final_round", **US_HR), "2026-11-17", "16:45", profile=dict(TAYLOR)),
    Scenario("us-offer-by-phone", us(stage="offer", news_from="coordinator", news_by="phone", thanked=True, **US_HR),
             "2026-12-02", "12:00", profile=dict(TAYLOR)),
    Scenario("us-offer-elsewhere", us(stage="offer_elsewhere", offer_deadline="2026-12-04", thanked=True, **US_HR),
             "2026-11-30", "09:00", profile=dict(TAYLOR), sheets={"outcomes": {"valued": "the pairing session with the platform team"}}),
    Scenario("us-withdraw", us(stage="withdrawn", thanked=True, **US_AGENCY), "2026-11-30", "09:00", profile=dict(TAYLOR),
             sheets={"outcomes": {"withdraw_reason": "accepted_offer"}}),
    Scenario("us-own-estimate-only", us(expected="2026-11-27", **US_HR), "2026-11-17", "15:00", profile=dict(TAYLOR)),
    Scenario("us-tour-and-someone-who-sat-in", us(
        interviewers=[MARCUS, {**JORDAN, "part": "tour", "email": "jordan.pike@brightline.example"},
                      {**KELSEY, "part": "sat_in"}], **US_HR), "2026-11-17", "17:00", profile=dict(TAYLOR)),
    Scenario("us-someone-met-at-lunch-with-email", us(
        others=[{"name": "Priya Natarajan", "met": "over lunch with the data team", "email": "priya.n@brightline.example",
                 "detail": "the hackathon in the spring", "invited": False}], **US_HR), "2026-11-17", "18:00",
        profile=dict(TAYLOR)),
    Scenario("canadian-who-chose-american-english", us(country="CA", timing="by Friday", **US_HR), "2026-11-17", "16:00",
             profile={**TAYLOR, "country": "CA", "english": "us"}),
    Scenario("us-assessment-next", us(next_stage="assessment", timing="within a week", timeline_from="coordinator", **US_HR),
             "2026-11-17", "17:00", profile=dict(TAYLOR)),
    Scenario("gb-recruiter-phone-screen", gb(
        round="Telephone interview", format="phone", time="11:00", interviewers=[FIONA], next_stage="assessment",
        timing="we'll let you know by the end of next week", timeline_from="coordinator", timeline_by="phone", **GB_HR),
        "2026-11-17", "14:30", profile=dict(AMARA)),
    Scenario("gb-recruiter-phone-screen-follow-up", gb(
        round="Telephone interview", format="phone", time="11:00", interviewers=[FIONA], next_stage="assessment",
        timing="by the end of next week", timeline_from="coordinator", timeline_by="phone", thanked=True, **GB_HR),
        "2026-12-01", "09:15", profile=dict(AMARA)),
    Scenario("gb-no-by-phone", gb(round="Telephone interview", format="phone", interviewers=[FIONA], stage="rejected",
                                  news_from="coordinator", news_by="phone", last_reply="2026-11-24", thanked=True, **GB_HR),
             "2026-11-24", "16:30", profile=dict(AMARA),
             sheets={"outcomes": {"valued": "how much time you gave to my questions",
                                  "feedback_question": "how I could have structured the case study better"}}),
    Scenario("gb-no-by-email", gb(stage="rejected", news_from="coordinator", news_by="email", last_reply="2026-11-24",
                                  thanked=True, **GB_HR), "2026-11-25", "09:00", profile=dict(AMARA)),
    Scenario("gb-no-through-the-agency", gb(stage="rejected", news_from="consultant", news_by="phone", last_reply="2026-11-24",
                                            thanked=True, **GB_AGENCY), "2026-11-24", "12:30", profile=dict(AMARA),
             sheets={"outcomes": {"valued": "the chance to meet the Manchester team"}}),
    Scenario("gb-no-in-person", gb(stage="rejected", news_from="interviewers", news_by="in_person", last_reply="2026-11-24",
                                   thanked=True), "2026-11-24", "18:00", profile=dict(AMARA)),
    Scenario("gb-early-may-bank-holiday", gb(date="2027-04-29", time="15:00", timing="early next week", **GB_HR), "2027-04-29",
             "17:00", profile=dict(AMARA)),
    Scenario("gb-before-christmas", gb(date="2026-12-18", time="14:00", timing="by the 23rd", interviewers=[OLIVER, HANNAH],
                                       **GB_HR), "2026-12-18", "17:00", profile=dict(AMARA)),
    Scenario("gb-own-estimate-only", gb(expected="2026-11-27", **GB_HR), "2026-11-17", "15:00", profile=dict(AMARA)),
    Scenario("gb-hr-who-gave-the-tour", gb(
        interviewers=[OLIVER, person("Claire Hughes-Jones", "the new office on Deansgate") | {"part": "tour"}],
        coordinator_name="Claire Hughes-Jones", coordinator_email="claire.hj@hallam-pryce.example"), "2026-11-17", "15:00",
        profile=dict(AMARA)),
    Scenario("gb-titled-interviewer-on-linkedin", gb(interviewers=[person("Mr David Hughes-Jones", "the audit practice")], **GB_HR),
             "2026-11-17", "15:00", profile=dict(AMARA)),
    Scenario("gb-timeline-by-email-next-round", gb(next_stage="another_round", timing="by Friday", timeline_from="coordinator",
                                                   timeline_by="email", **GB_HR), "2026-11-17", "15:00", profile=dict(AMARA)),
    Scenario("gb-interview-yesterday", gb(time="15:00", interviewers=[OLIVER, HANNAH], **GB_HR), "2026-11-18", "08:45",
             profile=dict(AMARA)),
    Scenario("ireland-assessment-next", gb(next_stage="assessment", timing="in a fortnight", country="IE", **GB_HR),
             "2026-11-17", "15:00", profile={**AMARA, "country": "IE"}),
    Scenario("australia-references-next", gb(next_stage="references", timing="by Thursday", country="AU", **GB_HR),
             "2026-11-17", "15:00", profile={**AMARA, "country": "AU"}),
    Scenario("india-final-round", gb(round="Final round", next_stage="decision", timing="within ten days", country="IN", **GB_HR),
             "2026-11-17", "15:00", profile={**AMARA, "country": "IN"}),
    Scenario("canada-british-by-default", gb(country="CA", timing="by Friday", **GB_HR), "2026-11-17", "15:00",
             profile={**AMARA, "country": "CA"}),
)

# --- offers: by phone, email, letter and LinkedIn, with and without an agency, in both
# Englishes; counter-offers at, below and above the research; answers due around public
# holidays; two offers at once; what an offer elsewhere does to the other applications.
OFFER_GB = {"stage": "offer", "thanked": True, "interviewers": [OLIVER, HANNAH], **GB_HR}
OFFER_US = {"stage": "offer", "thanked": True, "interviewers": [MARCUS, KELSEY], **US_HR}
RESEARCH_GB = {"salary_low": "£30,000", "salary_high": "£34,000", "walk_away": "£29,000",
               "salary_sources": "Prospects salary guide\nthree graduate consultant ads in Manchester"}
RESEARCH_US = {"salary_low": "$88,000", "salary_high": "$98,000", "walk_away": "$85k"}
GLOBEX_OFFER = {"company": "Globex Systems", "role": "Junior Analyst", "stage": "offer", "answer_by": "2026-12-11",
                "offer_salary": "£29,500", "offer_start": "2027-01-11"}

OFFERS_IN_BOTH: tuple[Scenario, ...] = (
    Scenario("gb-offer-by-phone-a-week-to-answer", gb(news_by="phone", offer_salary="£31,000", answer_by="2026-12-14",
                                                      last_reply="2026-12-07", **OFFER_GB), "2026-12-07", "16:45",
             profile=dict(AMARA), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("us-offer-by-email-no-date-given", us(news_by="email", offer_salary="$92,000 base plus 10% bonus",
                                                   offer_written=True, last_reply="2026-12-07", **OFFER_US),
             "2026-12-07", "11:20", profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("gb-offer-by-letter", gb(news_by="letter", offer_salary="£31,000 per annum", offer_written=True,
                                      answer_by="2026-12-18", last_reply="2026-12-04", **OFFER_GB), "2026-12-07", "09:00",
             profile=dict(AMARA), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("us-offer-on-linkedin", us(news_by="linkedin", news_from="interviewers", offer_salary="$95k",
                                        answer_by="2026-12-11", last_reply="2026-12-06", **OFFER_US), "2026-12-07", "08:30",
             profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("gb-counter-within-research", gb(news_by="phone", offer_salary="£31,000", answer_by="2026-12-14",
                                              offer_thanked=True, **OFFER_GB, **RESEARCH_GB), "2026-12-08", "12:00",
             profile=dict(AMARA), sheets={"offer": {"offer_answer": "negotiate",
                                                     "ask_reason": "my two years of client reporting at the council"}}),
    Scenario("gb-counter-below-walk-away", gb(news_by="email", offer_salary="£27,500", answer_by="2026-12-14",
                                              offer_thanked=True, offer_written=True, **OFFER_GB, **RESEARCH_GB),
             "2026-12-08", "12:00", profile=dict(AMARA), sheets={"offer": {"offer_answer": "negotiate"}}),
    Scenario("us-counter-above-research", us(news_by="phone", news_from="interviewers", offer_salary="$90,000",
                                             answer_by="2026-12-11", offer_thanked=True, **OFFER_US, **RESEARCH_US),
             "2026-12-08", "12:00", profile=dict(TAYLOR),
             sheets={"offer": {"offer_answer": "negotiate", "ask_for": "$105k", "ask_reason": "I have led two data migrations"}}),
    Scenario("us-offer-already-above-the-research", us(news_by="email", offer_salary="$100,000", answer_by="2026-12-11",
                                                       offer_thanked=True, offer_written=True, **OFFER_US, **RESEARCH_US),
             "2026-12-08", "12:00", profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "negotiate"}}),
    Scenario("us-counter-through-the-agency", us(news_by="phone", news_from="consultant", offer_salary="$90,000",
                                                 answer_by="2026-12-11", **{**OFFER_US, **US_AGENCY}, **RESEARCH_US),
             "2026-12-07", "17:00", profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "negotiate"}}),
    Scenario("gb-more-time-through-the-agency", gb(news_by="phone", news_from="consultant", offer_salary="£31,000",
                                                   answer_by="2026-12-11", offer_thanked=True, **{**OFFER_GB, **GB_AGENCY}),
             "2026-12-08", "10:00", profile=dict(AMARA),
             sheets={"offer": {"offer_answer": "more_time", "wanted_by": "2026-12-19", "more_time_reason": "another"}}),
    Scenario("us-more-time-to-talk-it-over", us(news_by="phone", offer_salary="$92,000", answer_by="2026-12-09",
                                                last_reply="2026-12-07", **OFFER_US), "2026-12-07", "18:30",
             profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "more_time", "wanted_by": "2026-12-14",
                                                      "more_time_reason": "talk"}}),
    Scenario("gb-accept-in-writing", gb(news_by="email", offer_salary="£32,500", offer_start="2027-01-04",
                                        answer_by="2026-12-14", offer_thanked=True, offer_written=True, **OFFER_GB),
             "2026-12-10", "09:30", profile=dict(AMARA), sheets={"offer": {"offer_answer": "accept"}}),
    Scenario("us-accept-after-a-call", us(news_by="phone", offer_salary="$96,000", offer_start="2027-01-11",
                                          answer_by="2026-12-11", offer_thanked=True, **OFFER_US), "2026-12-10", "13:00",
             profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "accept"}}),
    Scenario("gb-decline-not-the-right-fit", gb(news_by="phone", news_from="interviewers", offer_salary="£31,000",
                                                answer_by="2026-12-14", offer_thanked=True, **OFFER_GB), "2026-12-10", "09:30",
             profile=dict(AMARA), sheets={"offer": {"offer_answer": "decline", "decline_reason": "not_fit",
                                                     "valued": "meeting the Manchester team"}}),
    Scenario("us-decline-accepted-another-via-agency", us(news_by="email", news_from="consultant", offer_salary="$90,000",
                                                          offer_thanked=True, **{**OFFER_US, **US_AGENCY}),
             "2026-12-10", "09:30", profile=dict(TAYLOR),
             sheets={"offer": {"offer_answer": "decline", "decline_reason": "accepted_other"}}),
    Scenario("gb-answer-due-between-christmas-and-new-year", gb(news_by="phone", offer_salary="£31,000",
                                                                answer_by="2026-12-29", offer_thanked=True, **OFFER_GB),
             "2026-12-21", "10:00", profile=dict(AMARA), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("us-answer-due-after-thanksgiving", us(date="2027-11-10", news_by="phone", offer_salary="$92,000",
                                                    answer_by="2027-11-30", offer_thanked=True, **OFFER_US),
             "2027-11-22", "10:00", profile=dict(TAYLOR), sheets={"offer": {"offer_answer": "thanks"}}),
    Scenario("india-offer-in-lakhs", gb(news_by="phone", offer_salary="12 LPA", answer_by="2026-12-14", country="IN",
                                        offer_thanked=True, salary_low="11 LPA", salary_high="14 LPA", walk_away="10.5 LPA",
                                        **OFFER_GB), "2026-12-08", "11:00", profile={**AMARA, "country": "IN"},
             sheets={"offer": {"offer_answer": "negotiate"}}),
    Scenario("gb-two-offers-side-by-side", gb(news_by="phone", offer_salary="£31,000", offer_start="2027-01-04",
                                              answer_by="2026-12-14", offer_thanked=True, **OFFER_GB, **RESEARCH_GB),
             "2026-12-08", "12:00", profile=dict(AMARA), sheets={"offer": {"offer_answer": "thanks"}},
             elsewhere=(GLOBEX_OFFER,)),
    Scenario("gb-still-interviewing-with-an-offer-elsewhere", gb(timing="in two weeks", thanked=True, **GB_HR),
             "2026-12-07", "09:00", profile=dict(AMARA), elsewhere=(GLOBEX_OFFER,)),
    Scenario("gb-offer-elsewhere-filled-from-the-tracked-offer", gb(stage="offer_elsewhere", thanked=True, **GB_HR),
             "2026-12-07", "09:00", profile=dict(AMARA), elsewhere=(GLOBEX_OFFER,)),
    Scenario("gb-withdraw-after-accepting-elsewhere", gb(stage="withdrawn", thanked=True, **GB_HR), "2026-12-09", "09:00",
             profile=dict(AMARA), elsewhere=({**GLOBEX_OFFER, "stage": "accepted"},)),
)
SCENARIOS = SCENARIOS + BOTH_ENGLISHES + OFFERS_IN_BOTH

#: Scenarios whose whole output is kept as a readable golden file (tests/golden/).
GOLDEN = (
    "agency-video-final-panel", "solo-morning-by-friday", "phone-friday-afternoon-no-date",
    "panel-of-four-christmas-gb", "rejected-via-agency-direct-question", "rejected-by-recruiter-indirect-question",
    "withdraw-accepted-offer-via-agency", "offer-elsewhere-five-days", "names-with-apostrophes-and-accents",
    "details-typed-as-sentences", "second-follow-up-after-a-reply", "references-next-with-referees",
    "others-met-on-the-tour-and-at-reception",
    "us-recruiter-phone-screen", "us-recruiter-phone-screen-no-by-phone", "us-recruiter-phone-screen-follow-up",
    "gb-recruiter-phone-screen", "gb-recruiter-phone-screen-follow-up", "gb-no-by-phone", "us-no-through-the-agency",
    "gb-hr-who-gave-the-tour", "us-fourth-of-july", "us-own-estimate-only",
    "gb-offer-by-phone-a-week-to-answer", "gb-counter-within-research", "us-more-time-to-talk-it-over",
    "us-accept-after-a-call", "gb-still-interviewing-with-an-offer-elsewhere",
)


def by_name(name: str) -> Scenario:
    return next(s for s in SCENARIOS if s.name == name)


#: Three interviews at different stages on the browser tests' Wednesday morning (25 November 2026,
#: 09:30): Acme's thank-you due, Globex's second follow-up late, Initech rejected and its feedback
#: request late. Your interviews' pictures are checked against them, in Python and in the page.
THREE: dict[str, dict[str, Any]] = {
    "a1a1a1a1": {"company": "Acme", "role": "Data Analyst", "round": "Final round", "date": "2026-11-24", "time": "14:00",
                 "interviewers": [{"name": "Priya Shah"}], "stage": "awaiting", "timing": "by Friday"},
    "b2b2b2b2": {"company": "Globex", "role": "Analyst", "date": "2026-11-10", "time": "10:00", "stage": "awaiting",
                 "thanked": True, "followups_sent": "1"},
    "c3c3c3c3": {"company": "Initech", "role": "BI Developer", "date": "2026-11-02", "time": "09:30", "stage": "rejected",
                 "thanked": True, "last_reply": "2026-11-20"},
}
