# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe "the jobs that send messages" do
  before { configure_mediation }

  def messages_to(user)
    Topic.where(archetype: Archetype.private_message).where(
      id: TopicAllowedUser.where(user_id: user.id).select(:topic_id),
    )
  end

  # The text of the one message the user was sent.
  def message_to(user)
    topics = messages_to(user).to_a
    expect(topics.size).to eq(1), "expected one message to #{user.username}, found #{topics.size}"
    topics.first.posts.first.raw
  end

  describe Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest do
    let!(:mediation_case) { ask_for_help(message: "He keeps\nmocking her") }

    it "opens one private message to the mediator groups that never names the requester" do
      run_enqueued_jobs
      topic = Topic.find(mediation_case.reload.mediators_topic_id)
      expect(topic.allowed_groups.map(&:name)).to eq([mediators.name])
      expect(topic.posts.first.raw).to include(
        "> He keeps",
        "/mediation/cases/#{mediation_case.id}",
      )
      expect(topic.posts.first.raw).not_to include(member.username)
    end

    it "replies in the same message when another member asks, and brings moderators in when urgent" do
      run_enqueued_jobs
      ask_for_help(by: Fabricate(:member), kind: "unsafe")
      run_enqueued_jobs
      topic = Topic.find(mediation_case.reload.mediators_topic_id)
      expect(topic.posts.where(post_type: Post.types[:regular]).count).to eq(2)
      expect(topic.allowed_groups.map(&:name)).to contain_exactly(mediators.name, "moderators")
      expect(topic.posts.where(action_code: "invited_group").pluck(:raw)).to eq(["moderators"])
    end

    it "brings in each other moderator, not the group, when the person concerned is a moderator" do
      moderator
      run_enqueued_jobs
      author.update!(moderator: true)
      GroupUser.create!(group_id: Group::AUTO_GROUPS[:moderators], user_id: author.id)
      ask_for_help(by: Fabricate(:member), kind: "unsafe")
      run_enqueued_jobs
      topic = Topic.find(mediation_case.reload.mediators_topic_id)
      expect(topic.allowed_groups.map(&:name)).to eq([mediators.name])
      expect(TopicAllowedUser.where(topic_id: topic.id).pluck(:user_id)).to include(moderator.id)
      expect(TopicAllowedUser.where(topic_id: topic.id).pluck(:user_id)).not_to include(author.id)
    end

    it "leaves out a mediator group too large to message, rather than fail on every retry" do
      SiteSetting.group_pm_user_limit = 2
      big = Fabricate(:group)
      3.times { Fabricate(:member, groups: [big]) }
      SiteSetting.mediation_mediator_groups = "#{mediators.id}|#{big.id}"
      mediator
      run_enqueued_jobs
      topic = Topic.find(mediation_case.reload.mediators_topic_id)
      expect(topic.allowed_groups.map(&:name)).to eq([mediators.name])
      expect(DiscourseMediation::SetupProblems.all).to include(:mediator_group_too_large)
    end

    it "sends a system message, and nothing more when Sidekiq runs the job again" do
      run_enqueued_jobs
      topic = Topic.find(mediation_case.reload.mediators_topic_id)
      expect(topic.subtype).to eq(TopicSubtype.system_message)
      request = mediation_case.help_requests.first
      expect {
        run_job(Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest, help_request_id: request.id)
      }.not_to change { Post.count }
    end

    it "does nothing for a request that is gone" do
      expect {
        run_job(Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest, help_request_id: -1)
      }.not_to change { Topic.count }
    end
  end

  describe Jobs::DiscourseMediation::PostMediationReportTopic do
    before { add_voters(3) }

    let!(:mediation_case) { open_vote(ask_for_help) }
    let(:ballot) { mediation_case.ballot }

    it "posts the report in the reports category, once" do
      run_enqueued_jobs
      topic = ballot.reload.topic
      expect(topic.category_id).to eq(reports_category.id)
      expect(topic.posts.first.raw).to include("Repeated insults in the thread", author.username)
      expect {
        run_job(Jobs::DiscourseMediation::PostMediationReportTopic, ballot_id: ballot.id)
      }.not_to change { Topic.count }
    end

    it "says whether and how the mediator reached the person concerned" do
      run_enqueued_jobs
      raw = ballot.reload.topic.posts.first.raw
      expect(raw).to include(
        "did not reach the person concerned",
        "> They asked the mediators not to write to them",
      )
    end

    it "waits when no reports category is set" do
      SiteSetting.mediation_reports_category = ""
      run_enqueued_jobs
      expect(ballot.reload.topic_id).to be_nil
    end
  end

  describe Jobs::DiscourseMediation::SendMediationReportNotices do
    let(:affected) { Fabricate(:member) }
    let!(:mediation_case) do
      escalated = escalate(ask_for_help)
      succeed(
        DiscourseMediation::Case::AddPerson.call(
          params: {
            case_id: escalated.id,
            username: affected.username,
          },
          guardian: mediator.guardian,
        ),
      )
      submit_report(escalated, affected_user_ids: [affected.id])
    end

    it "tells the person concerned what is cited and invites the affected person, once each" do
      2.times do
        run_job(Jobs::DiscourseMediation::SendMediationReportNotices, case_id: mediation_case.id)
      end
      notice = message_to(author)
      expect(notice).to include(
        mediation_case.report.citations.first.title,
        "/mediation/cases/#{mediation_case.id}/statement",
      )
      expect(messages_to(affected).count).to eq(1)
    end

    it "after a failure halfway, a retry sends the rest and nobody gets a message twice" do
      calls = 0
      allow(DiscourseMediation::Notices::SystemMessage).to receive(
        :send!,
      ).and_wrap_original do |original, user, **message|
        calls += 1
        raise "Sidekiq lost the connection" if calls == 2
        original.call(user, **message)
      end
      expect {
        run_job(Jobs::DiscourseMediation::SendMediationReportNotices, case_id: mediation_case.id)
      }.to raise_error(/lost/)
      run_job(Jobs::DiscourseMediation::SendMediationReportNotices, case_id: mediation_case.id)
      expect(messages_to(author).count).to eq(1)
      expect(messages_to(affected).count).to eq(1)
      expect(mediation_case.events.where(action: "notices_sent").count).to eq(1)
    end
  end

  describe Jobs::DiscourseMediation::TellRequestersCaseResolved do
    let!(:mediation_case) { claim(ask_for_help) }
    let(:other_requester) { Fabricate(:member) }

    before { ask_for_help(by: other_requester) }

    def resolve(shareable:)
      succeed(
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "They shook hands",
            shareable:,
          },
          guardian: mediator.guardian,
        ),
      )
      Jobs.enqueued.clear
      run_job(Jobs::DiscourseMediation::TellRequestersCaseResolved, case_id: mediation_case.id)
    end

    it "tells each requester in a message of their own, with the note when shareable" do
      resolve(shareable: true)
      [member, other_requester].each do |requester|
        expect(message_to(requester)).to include("They shook hands")
      end
    end

    it "keeps the note to the mediators when not shareable" do
      resolve(shareable: false)
      expect(message_to(member)).not_to include("They shook hands")
    end
  end

  describe Jobs::DiscourseMediation::TellSubjectCaseEnded do
    let!(:mediation_case) { claim(ask_for_help) }

    def resolve(**params)
      succeed(
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "Settled between them",
            **params,
          },
          guardian: mediator.guardian,
        ),
      )
      run_enqueued_jobs
    end

    it "tells the person concerned, once, that nothing more follows and for how long mediators see it" do
      DiscourseMediation::MediatorPostMark.mark_if_mediating(
        Fabricate(:post, topic:, user: mediator),
      )
      SiteSetting.mediation_forgiveness_months = 6
      resolve
      run_job(described_class, case_id: mediation_case.id)
      text = message_to(author)
      expect(text).to include("Nothing more follows from it", "for 6 months")
      expect(text).not_to include("Settled between them")
    end

    it "sends the private reminder with the items it names, as they read now" do
      resolve(
        private_reminder: true,
        reminder_keys: %w[threats],
        reminder_message: "Please do not threaten anyone.",
      )
      text = message_to(author)
      threats = DiscourseMediation::Behaviour.find_by(key: "threats")
      expect(text).to include(
        "Please do not threaten anyone.",
        threats.title,
        "This is not a sanction",
      )
      expect(text).not_to include(DiscourseMediation::Behaviour.find_by(key: "harassment").title)
      expect(message_to(member)).not_to include("Please do not threaten anyone.")
    end

    it "says plainly when nothing is remembered at all" do
      SiteSetting.mediation_forgiveness_months = 0
      resolve(private_reminder: true, reminder_keys: %w[threats], reminder_message: "Please.")
      expect(message_to(author)).to include("forgiven as soon as it ends")
    end

    it "sends nothing for a case that is not resolved or whose author is gone" do
      run_job(described_class, case_id: mediation_case.id)
      expect(messages_to(author)).to be_empty
    end

    it "tells a person concerned the mediator had reached when every request is withdrawn" do
      DiscourseMediation::MediatorPostMark.mark_if_mediating(
        Fabricate(:post, topic:, user: mediator),
      )
      request = mediation_case.help_requests.first
      succeed(
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: request.id,
          },
          guardian: member.guardian,
        ),
      )
      run_enqueued_jobs
      expect(message_to(author)).to include("withdrew their requests", "Nothing more follows")
    end

    it "tells nobody of a withdrawn case the person concerned never heard of" do
      request = mediation_case.help_requests.first
      succeed(
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: request.id,
          },
          guardian: member.guardian,
        ),
      )
      expect(enqueued_jobs(described_class)).to be_empty
      run_job(described_class, case_id: mediation_case.id)
      expect(messages_to(author)).to be_empty
    end
  end

  describe Jobs::DiscourseMediation::TellMediationOutcome do
    let!(:voter_list) { add_voters(3) }
    let!(:mediation_case) do
      decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension no_action]))
    end

    before do
      succeed(
        DiscourseMediation::Case::Implement.call(
          params: {
            case_id: mediation_case.id,
            duration_days: 30,
            reason: "It went on",
          },
          guardian: moderator.guardian,
        ),
      )
    end

    it "tells the person concerned the outcome and the way back, and the requester not which step, once" do
      2.times do
        run_job(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
      end
      expect(message_to(author)).to include("It went on", "No voter added a reason of their own.")
      requester_message = message_to(member)
      expect(requester_message).not_to include(
        DiscourseMediation::LadderStep.find_by(key: "suspension").title,
      )
    end

    it "tells the requester whether action was taken, by default, and not which" do
      run_job(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
      expect(message_to(member)).to include("Action was taken.")
    end

    it "tells the requester the step when the site allows it" do
      SiteSetting.mediation_tell_requesters = "step"
      run_job(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
      expect(message_to(member)).to include(
        DiscourseMediation::LadderStep.find_by(key: "suspension").title,
      )
    end

    it "tells the requester only that it concluded when the site says nothing" do
      SiteSetting.mediation_tell_requesters = "nothing"
      run_job(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
      expect(message_to(member)).not_to include("Action was taken", "No action was taken")
    end
  end
end

RSpec.describe "the mediators' message when a mediator is part of the case" do
  before { configure_mediation }

  it "goes to each of the other mediators, never to the one the case is about" do
    GroupUser.create!(group: mediators, user: author)
    other_mediator
    mediator
    mediation_case = ask_for_help
    run_enqueued_jobs
    topic = Topic.find(mediation_case.reload.mediators_topic_id)
    expect(topic.allowed_groups).to be_empty
    expect(topic.allowed_users.map(&:id)).to include(mediator.id, other_mediator.id)
    expect(topic.allowed_users.map(&:id)).not_to include(author.id, member.id)
  end

  it "stays a group message otherwise" do
    mediation_case = ask_for_help
    run_enqueued_jobs
    expect(Topic.find(mediation_case.reload.mediators_topic_id).allowed_groups.map(&:name)).to eq(
      [mediators.name],
    )
  end
end
