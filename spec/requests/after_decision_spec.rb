# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe "After the decision" do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voters) { Array.new(3) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:announcements, :category)
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }

  def messages_to(user)
    Topic.private_messages.where(id: TopicAllowedUser.where(user_id: user.id).select(:topic_id))
  end

  before do
    configure_mediation(mediators:, voters: core, reports:)
    SiteSetting.mediation_transparency_category = announcements.id
  end

  # Takes a case from "I need help" to a closed ballot that decided `outcome`.
  def decide(outcome)
    ask_for_help(topic_post, by: requester)
    escalate(mediation_case, mediator:)
    submit_complete_report(
      mediation_case,
      mediator:,
      recommended: %w[cool_down suspension long_suspension],
    )
    open_vote(mediation_case, subject: author)
    ballot = mediation_case.reload.ballot
    voters.each do |voter|
      DiscourseMediation::Ballot::Cast.call(
        params: {
          ballot_id: ballot.id,
          choice: outcome,
        },
        guardian: voter.guardian,
      )
    end
    freeze_time(ballot.closes_at + 1.minute)
    Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})
    mediation_case.reload
  end

  def implement(**params)
    sign_in(moderator)
    post "/mediation/cases/#{mediation_case.id}/implement.json",
         params: {
           reason: "Repeated insults.",
           **params,
         }
  end

  describe "implementing the outcome" do
    it "is for moderators only" do
      decide("suspension")
      sign_in(mediator)
      post "/mediation/cases/#{mediation_case.id}/implement.json",
           params: {
             duration_days: 30,
             reason: "R",
           }
      expect(response.status).to eq(403)
    end

    it "suspends until the end date and closes the case" do
      decide("suspension")
      implement(duration_days: 30)
      expect(response.status).to eq(200)
      expect(author.reload.suspended_till).to eq_time(30.days.from_now)
      expect(mediation_case.reload.state).to eq("closed")
      expect(mediation_case.sanction_ends_at).to eq_time(30.days.from_now)
    end

    it "silences for a cool-down, never open-ended" do
      decide("cool_down")
      implement(duration_days: 7)
      expect(author.reload.silenced_till).to eq_time(7.days.from_now)
      expect(author.suspended_till).to be_nil
    end

    it "never carries out more than was voted: 60 days for a 7-day cool-down is refused" do
      decide("cool_down")
      implement(duration_days: 60)
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.as_voted.longer_than_voted")],
      )
      expect(author.reload.silenced_till).to be_nil
      implement(duration_days: 3, change_reason: "A first offence, and an apology")
      expect(response.status).to eq(200)
      expect(author.reload.silenced_till).to eq_time(3.days.from_now)
    end

    it "caps durations by the site setting" do
      decide("suspension")
      SiteSetting.mediation_max_sanction_days = 20
      implement(duration_days: 30)
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].first).to include("20 days")
      expect(mediation_case.reload.state).to eq("decided")
    end

    it "needs a review date before the end of a long suspension" do
      decide("long_suspension")
      implement(duration_days: 365)
      expect(response.status).to eq(422)
      implement(duration_days: 365, review_days: 400)
      expect(response.status).to eq(422)
      implement(duration_days: 365, review_days: 180)
      expect(response.status).to eq(200)
      expect(mediation_case.reload.review_at).to eq_time(180.days.from_now)
    end

    it "replaces an interim measure with the decided one" do
      decide("suspension")
      mediation_case.update!(urgent: true, interim_suspended_until: 10.days.from_now)
      UserSilencer.silence(author, moderator, silenced_till: 10.days.from_now, keep_posts: true)
      implement(duration_days: 30)
      expect(author.reload.silenced?).to eq(false)
      expect(author.suspended?).to eq(true)
      expect(mediation_case.reload.interim_suspended_until).to be_nil
    end

    it "refuses a second implementation" do
      decide("suspension")
      implement(duration_days: 30)
      implement(duration_days: 30)
      expect(response.status).to eq(409)
    end
  end

  describe "telling the people concerned" do
    it "tells the subject the outcome, the cited text and the way back; the requesters only that it concluded" do
      decide("suspension")
      implement(duration_days: 30)
      2.times do
        Jobs::DiscourseMediation::TellMediationOutcome.new.execute(case_id: mediation_case.id)
      end

      to_subject = messages_to(author).where("title LIKE ?", "%outcome%")
      expect(to_subject.count).to eq(1)
      body = to_subject.first.first_post.raw
      expect(body).to include("Temporary suspension")
      expect(body).to include(mediation_case.report.citations.first.description)
      expect(body).to include("Repeated insults.")
      expect(body).to include("It ends by itself on")

      to_requester = messages_to(requester).where("title LIKE ?", "%concluded%")
      expect(to_requester.count).to eq(1)
      expect(to_requester.first.first_post.raw).not_to include("Temporary suspension")
    end

    it "tells No action as a real outcome" do
      decide("no_action")
      implement
      Jobs::DiscourseMediation::TellMediationOutcome.new.execute(case_id: mediation_case.id)
      body = messages_to(author).where("title LIKE ?", "%outcome%").first.first_post.raw
      expect(body).to include("No action")
      expect(body).to include("nothing changes for you")
    end

    it "previews the messages without doing anything" do
      decide("suspension")
      sign_in(moderator)
      post "/mediation/cases/#{mediation_case.id}/implementation/preview.json",
           params: {
             duration_days: 30,
             reason: "Reasons",
           }
      expect(response.parsed_body["subject_message"]).to include("Reasons")
      expect(mediation_case.reload.state).to eq("decided")
      expect(author.reload.suspended?).to eq(false)
    end
  end

  describe "review dates" do
    it "tells the moderators once when a review date comes" do
      decide("long_suspension")
      implement(duration_days: 365, review_days: 180)
      Jobs::DiscourseMediation::MediationReviewsDue.new.execute({})
      expect(mediation_case.events.where(action: "review_due")).to be_empty

      freeze_time(181.days.from_now)
      2.times { Jobs::DiscourseMediation::MediationReviewsDue.new.execute({}) }
      expect(mediation_case.events.where(action: "review_due").count).to eq(1)
      moderators = Group.find(Group::AUTO_GROUPS[:moderators])
      expect(
        Topic
          .private_messages
          .joins(:topic_allowed_groups)
          .where(topic_allowed_groups: { group_id: moderators.id })
          .where("title LIKE ?", "%review%")
          .count,
      ).to eq(1)
    end
  end

  describe "cooling off" do
    it "hides the report topic and archives the case once, after the period, catching up" do
      decide("suspension")
      Jobs::DiscourseMediation::PostMediationReportTopic.new.execute(
        ballot_id: mediation_case.ballot.id,
      )
      implement(duration_days: 30)

      Jobs::DiscourseMediation::ArchiveMediationCases.new.execute({})
      expect(mediation_case.reload.state).to eq("closed")

      freeze_time(100.days.from_now)
      2.times { Jobs::DiscourseMediation::ArchiveMediationCases.new.execute({}) }
      expect(mediation_case.reload.state).to eq("archived")
      expect(mediation_case.events.where(action: "archive").count).to eq(1)
      report_topic = mediation_case.ballot.topic.reload
      expect(report_topic.visible).to eq(false)
      expect(report_topic.archived).to eq(true)
      expect(Topic.with_deleted.exists?(id: report_topic.id)).to eq(true)
    end
  end

  describe "the archive" do
    it "is for moderators, and filters by outcome" do
      decide("suspension")
      implement(duration_days: 30)

      sign_in(mediator)
      get "/mediation/archive.json"
      expect(response.status).to eq(403)

      sign_in(moderator)
      get "/mediation/archive.json", params: { outcome: "suspension" }
      expect(response.parsed_body["cases"].map { _1["id"] }).to eq([mediation_case.id])
      get "/mediation/archive.json", params: { outcome: "no_action" }
      expect(response.parsed_body["cases"]).to be_empty
      get "/mediation/archive.json", params: { q: author.username }
      expect(response.parsed_body["cases"].size).to eq(1)
      expect(response.parsed_body["cases"].first["subject_username"]).to eq(author.username)
    end

    it "stops naming the person concerned, and finding the case by their name, after the forgiveness period" do
      SiteSetting.mediation_forgiveness_months = 12
      decide("suspension")
      implement(duration_days: 30)

      sign_in(moderator)
      freeze_time(14.months.from_now) do
        get "/mediation/archive.json"
        expect(response.parsed_body["cases"].map { _1["subject_username"] }).to eq([nil])
        expect(response.body).not_to include(author.username)
        get "/mediation/archive.json", params: { q: author.username }
        expect(response.parsed_body["cases"]).to be_empty
      end
    end
  end

  describe "transparency" do
    it "is for voters and moderators, hides small counts, and only moderators publish" do
      decide("suspension")
      # The figures as the scheduled job counts them.
      Jobs::DiscourseMediation::CountMediationTransparency.new.execute({})

      sign_in(requester)
      get "/mediation/transparency.json"
      expect(response.status).to eq(403)

      sign_in(voters.first)
      get "/mediation/transparency.json"
      expect(response.status).to eq(200)
      row = response.parsed_body["rows"].last
      expect(row["requests"]).to eq("fewer_than_3")
      expect(response.body).not_to include(author.username)
      post "/mediation/transparency/publish.json"
      expect(response.status).to eq(403)

      sign_in(moderator)
      post "/mediation/transparency/publish.json", params: { period: "quarter" }
      expect(response.status).to eq(200)
      expect(Topic.where(category_id: announcements.id).last.first_post.raw).to include(
        "fewer than 3",
      )
    end
  end
end
