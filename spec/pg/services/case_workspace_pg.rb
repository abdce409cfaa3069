# frozen_string_literal: true

require_relative "../pg_helper"

# The mediators' workspace: claiming, assigning, notes, people, conversations,
# cooling a topic down, resolving and escalating.
RSpec.describe "the mediators' case services" do
  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }

  def call(service, by: mediator, **params)
    DiscourseMediation.const_get(service).call(
      params: {
        case_id: mediation_case.id,
        **params,
      },
      guardian: by.guardian,
    )
  end

  def case_rows
    [
      mediation_case.reload.attributes,
      mediation_case.events.count,
      mediation_case.notes.count,
      mediation_case.people.count,
    ]
  end

  describe DiscourseMediation::Case::Claim do
    subject(:result) { call("Case::Claim") }

    context "when the case does not exist" do
      subject(:result) do
        DiscourseMediation::Case::Claim.call(params: { case_id: -1 }, guardian: mediator.guardian)
      end

      it { is_expected.to fail_to_find_a_model(:mediation_case) }
    end

    context "when the user is not a mediator" do
      subject(:result) { call("Case::Claim", by: Fabricate(:member)) }

      it { is_expected.to fail_a_policy(:may_take) }
      it("changes nothing") { expect { result }.not_to change { case_rows } }
    end

    context "when another mediator claimed it first" do
      before { claim(mediation_case, by: other_mediator) }

      it { is_expected.to fail_a_policy(:in_state) }

      it "says who has it" do
        expect(result["result.policy.in_state"].reason).to eq(
          I18n.t("discourse_mediation.errors.already_claimed", username: other_mediator.username),
        )
      end
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "gives the case to the mediator and stops the first-response clock" do
        freeze_time
        result
        expect(mediation_case.reload).to have_attributes(
          state: "mediating",
          mediator_id: mediator.id,
          first_response_at: Time.zone.now,
        )
        expect(mediation_case.events.find_by(action: "claim").user_id).to eq(mediator.id)
      end
    end
  end

  describe DiscourseMediation::Case::Assign do
    subject(:result) { call("Case::Assign", by: moderator, username: other_mediator.username) }

    context "when the contract is not valid" do
      subject(:result) { call("Case::Assign", by: moderator, username: "") }

      it { is_expected.to fail_a_contract }
    end

    context "when a member who is not a mediator assigns" do
      subject(:result) { call("Case::Assign", by: member, username: other_mediator.username) }

      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when the username is unknown" do
      subject(:result) { call("Case::Assign", by: moderator, username: "nobody-here") }

      it { is_expected.to fail_to_find_a_model(:assignee) }
    end

    context "when the assignee is not a mediator" do
      subject(:result) { call("Case::Assign", by: moderator, username: member.username) }

      it { is_expected.to fail_a_policy(:assignee_mediates) }
    end

    context "when the case has ended" do
      before do
        claim(mediation_case)
        call("Case::Resolve", outcome_note: "Calmed down")
      end

      it { is_expected.to fail_a_policy(:in_state) }
    end

    context "when everything's ok" do
      before { claim(mediation_case) }

      it { is_expected.to run_successfully }

      it "hands the case over and records who had it" do
        result
        expect(mediation_case.reload.mediator_id).to eq(other_mediator.id)
        expect(mediation_case.events.last.data).to eq(
          "mediator_id" => other_mediator.id,
          "mediator_username" => other_mediator.username,
          "previous_mediator_username" => mediator.username,
        )
      end
    end
  end

  describe DiscourseMediation::Case::AddNote do
    subject(:result) { call("Case::AddNote", raw: "  Spoke to both  ") }

    context "when the note is blank" do
      subject(:result) { call("Case::AddNote", raw: "   ") }

      it { is_expected.to fail_a_contract }
    end

    context "when the note is too long" do
      subject(:result) do
        call("Case::AddNote", raw: "x" * (DiscourseMediation::CaseNote::MAX_LENGTH + 1))
      end

      it { is_expected.to fail_a_contract }
    end

    context "when the requester tries" do
      subject(:result) { call("Case::AddNote", by: member, raw: "Me too") }

      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when the case has been archived" do
      before { mediation_case.update_columns(state: "archived") }

      it { is_expected.to fail_a_policy(:in_state) }
    end

    context "when the case has been withdrawn" do
      before do
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: mediation_case.help_requests.first.id,
          },
          guardian: member.guardian,
        )
      end

      it("still takes a note for the record") { is_expected.to run_successfully }
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "keeps the note for mediators and only its existence on the timeline" do
        result
        expect(mediation_case.notes.map(&:raw)).to eq(["Spoke to both"])
        expect(mediation_case.events.last.data).to eq("note_id" => mediation_case.notes.first.id)
      end
    end
  end

  describe "the people involved" do
    let(:participant) { Fabricate(:member) }

    before { claim(mediation_case) }

    describe DiscourseMediation::Case::AddPerson do
      subject(:result) { call("Case::AddPerson", username: participant.username) }

      context "when the username is unknown" do
        subject(:result) { call("Case::AddPerson", username: "ghost") }

        it { is_expected.to fail_to_find_a_model(:person_user) }
      end

      context "when the username is the system user" do
        subject(:result) { call("Case::AddPerson", username: "system") }

        it { is_expected.to fail_to_find_a_model(:person_user) }
      end

      context "when the person is already involved" do
        subject(:result) { call("Case::AddPerson", username: author.username) }

        it { is_expected.to fail_a_policy(:not_involved_yet) }
      end

      context "when a member who is not a mediator tries" do
        subject(:result) do
          call("Case::AddPerson", by: participant, username: participant.username)
        end

        it { is_expected.to fail_a_policy(:may_take) }
      end

      context "when everything's ok" do
        it { is_expected.to run_successfully }

        it "adds them, not as the person concerned" do
          result
          expect(mediation_case.people.find_by(user_id: participant.id)).to have_attributes(
            subject: false,
            added_by_id: mediator.id,
          )
        end
      end
    end

    describe DiscourseMediation::Case::RemovePerson do
      subject(:result) { call("Case::RemovePerson", user_id: participant.id) }

      before { call("Case::AddPerson", username: participant.username) }

      context "when the person is not involved" do
        subject(:result) { call("Case::RemovePerson", user_id: member.id) }

        it { is_expected.to fail_to_find_a_model(:person) }
      end

      context "when it is the person concerned" do
        subject(:result) { call("Case::RemovePerson", user_id: author.id) }

        it { is_expected.to fail_a_policy(:not_the_subject) }
        it("keeps them") { expect { result }.not_to change { mediation_case.people.count } }
      end

      context "when everything's ok" do
        it { is_expected.to run_successfully }

        it "removes them and says so on the timeline" do
          result
          expect(mediation_case.people.pluck(:user_id)).to eq([author.id])
          expect(mediation_case.events.last.data).to eq("username" => participant.username)
        end
      end
    end
  end

  describe DiscourseMediation::Case::OpenConversation do
    subject(:result) do
      call(
        "Case::OpenConversation",
        title: "Let us talk",
        message: "Hello both of you, let us talk.",
        user_ids:,
      )
    end

    let(:user_ids) { [author.id] }

    before { claim(mediation_case) }

    context "when nobody is invited" do
      let(:user_ids) { [] }

      it { is_expected.to fail_a_contract }
    end

    context "when a requester who did not consent is invited" do
      let(:user_ids) { [author.id, member.id] }

      it { is_expected.to fail_a_policy(:only_invitable_people) }
      it("sends nothing") { expect { result }.not_to change { Topic.count } }
    end

    context "when the mediator may not send messages" do
      before do
        SiteSetting.personal_message_enabled_groups = Group::AUTO_GROUPS[:trust_level_4].to_s
      end

      it "is refused with Discourse's reason and writes nothing on the timeline" do
        expect(result).to fail_a_step(:create_conversation)
        expect(result["result.step.create_conversation"].error).to be_present
        expect(mediation_case.events.where(action: "conversation_opened")).to be_empty
      end
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "opens a private message between the mediator and the invited people" do
        topic = result.conversation
        expect(topic.private_message?).to eq(true)
        expect(topic.allowed_users.map(&:id)).to contain_exactly(mediator.id, author.id)
        expect(mediation_case.events.last.data).to eq("topic_id" => topic.id, "people_count" => 1)
      end

      context "with a requester who agreed to be named" do
        let!(:mediation_case) { ask_for_help(consent_to_be_named: true) }
        let(:user_ids) { [author.id, member.id] }

        it("invites them too") do
          expect(result.conversation.allowed_users.map(&:id)).to include(member.id)
        end
      end

      it "ends the first message to the person concerned with what the case is and what may follow" do
        freeze_time
        raw = result.conversation.posts.first.raw
        expect(raw).to start_with("Hello both of you, let us talk.\n\n---\n\n**Why I am writing.**")
        expect(raw).to end_with(DiscourseMediation::Notices::FirstContact.raw(mediation_case))
        expect(raw).to include(
          "a mediation case is open about",
          "published list",
          "the report may say so",
        )
        expect(mediation_case.reload).to have_attributes(
          subject_contacted_at: Time.zone.now,
          subject_told_at: Time.zone.now,
        )
      end

      it "does not repeat the paragraph in a later conversation with them" do
        result
        told_at = mediation_case.reload.subject_told_at
        later =
          call(
            "Case::OpenConversation",
            title: "Again",
            message: "Shall we go on?",
            user_ids: [author.id],
          )
        expect(later.conversation.posts.first.raw).to eq("Shall we go on?")
        expect(mediation_case.reload.subject_told_at).to eq_time(told_at)
      end
    end

    context "when the person concerned is not invited" do
      let!(:mediation_case) { ask_for_help(consent_to_be_named: true) }
      let(:user_ids) { [member.id] }

      it "neither tells the requester about a case against someone else nor counts as contact" do
        expect(result.conversation.posts.first.raw).to eq("Hello both of you, let us talk.")
        expect(mediation_case.reload).to have_attributes(
          subject_contacted_at: nil,
          subject_told_at: nil,
        )
      end
    end
  end

  describe DiscourseMediation::Case::CoolDown do
    subject(:result) do
      call("Case::CoolDown", mode:, interval_seconds: 600, hours: 6, reason: "Heated")
    end

    let(:mode) { "slow_mode" }

    before { claim(mediation_case) }

    context "when the mode is unknown" do
      let(:mode) { "freeze" }

      it { is_expected.to fail_a_contract }
    end

    context "when the reason is missing" do
      subject(:result) do
        call("Case::CoolDown", mode:, interval_seconds: 600, hours: 6, reason: " ")
      end

      it { is_expected.to fail_a_contract }
    end

    context "when the topic is gone" do
      before { mediation_case.update_columns(topic_id: -5) }

      it { is_expected.to fail_to_find_a_model(:topic) }
    end

    context "with slow mode" do
      it { is_expected.to run_successfully }

      it "slows the topic and schedules slow mode's end" do
        freeze_time
        result
        expect(topic.reload.slow_mode_seconds).to eq(600)
        expect(TopicTimer.find_by(topic_id: topic.id)).to have_attributes(
          status_type: TopicTimer.types[:clear_slow_mode],
          execute_at: 6.hours.from_now,
        )
      end
    end

    context "with a timed close" do
      let(:mode) { "close" }

      it "closes the topic and schedules it to open again" do
        result
        expect(topic.reload.closed).to eq(true)
        expect(
          TopicTimer.find_by(topic_id: topic.id, status_type: TopicTimer.types[:open]),
        ).to be_present
        expect(mediation_case.events.last.data).to include(
          "mode" => "close",
          "hours" => 6,
          "reason" => "Heated",
        )
      end

      it "shows readers why, and reopens even though the mediator is not staff" do
        expect(mediator.staff?).to eq(false)
        result
        notice = topic.posts.find_by(action_code: "closed.enabled")
        expect(notice.raw).to include("6 hours")
        expect(
          TopicTimer.find_by(topic_id: topic.id, status_type: TopicTimer.types[:open]).user_id,
        ).to eq(Discourse.system_user.id)
        expect(mediation_case.events.last.user_id).to eq(mediator.id)
      end

      context "when the topic already has a timer of its own" do
        let!(:auto_close) do
          topic.set_or_create_timer(TopicTimer.types[:close], 48, by_user: moderator)
        end

        it { is_expected.to fail_a_policy(:timer_kept_unless_replaced) }

        it "changes nothing: the topic stays open and its timer stays" do
          result
          expect(topic.reload.closed).to eq(false)
          expect(topic.public_topic_timer).to eq(auto_close)
        end

        it "replaces it when the mediator confirms" do
          confirmed = call("Case::CoolDown", mode:, hours: 6, reason: "Heated", replace_timer: true)
          expect(confirmed).to run_successfully
          expect(topic.reload.public_topic_timer.status_type).to eq(TopicTimer.types[:open])
        end
      end
    end

    context "with slow mode while the topic has a timer of its own" do
      before { topic.set_or_create_timer(TopicTimer.types[:close], 48, by_user: moderator) }

      it("keeps that timer, since slow mode's end is not a public timer") do
        expect(result).to run_successfully
        expect(topic.reload.public_topic_timer.status_type).to eq(TopicTimer.types[:close])
      end
    end
  end

  describe DiscourseMediation::Case::Resolve do
    subject(:result) do
      call("Case::Resolve", outcome_note: "They agreed to disagree", shareable: true)
    end

    def reminder(**params)
      call(
        "Case::Resolve",
        outcome_note: "A reminder was enough",
        private_reminder: true,
        reminder_keys: %w[personal-attacks],
        reminder_message: "Please keep to the ideas.",
        **params,
      )
    end

    context "with a private reminder" do
      before { claim(mediation_case) }

      it "ends the case, records the reminder as its outcome and tells the person concerned" do
        expect(reminder).to run_successfully
        expect(mediation_case.reload).to have_attributes(
          state: "resolved",
          resolution: "private_reminder",
          outcome: nil,
        )
        expect(mediation_case.events.last.data).to include(
          "private_reminder" => true,
          "reminder_keys" => %w[personal-attacks],
        )
        expect(
          enqueued_jobs(Jobs::DiscourseMediation::TellSubjectCaseEnded).map { _1[:args] },
        ).to eq(
          [
            {
              "case_id" => mediation_case.id,
              "reminder_keys" => %w[personal-attacks],
              "reminder_message" => "Please keep to the ideas.",
            },
          ],
        )
      end

      it "needs a message for the person concerned" do
        expect(reminder(reminder_message: " ")).to fail_a_contract
      end

      it "needs at least one current item of the published list" do
        expect(reminder(reminder_keys: [])).to fail_a_policy(:reminder_sound)
        expect(reminder(reminder_keys: %w[made-up])).to fail_a_policy(:reminder_sound)
        expect(mediation_case.reload.state).to eq("mediating")
      end

      it "is refused when the author no longer has an account" do
        mediation_case.update_columns(subject_id: nil)
        result = reminder
        expect(result).to fail_a_policy(:reminder_sound)
        expect(result["result.policy.reminder_sound"].reason).to eq(
          I18n.t("discourse_mediation.errors.reminder_needs_subject"),
        )
      end
    end

    context "when the mediator was never in contact with the person concerned" do
      before { claim(mediation_case) }

      it "tells only the requesters: the person concerned never heard of the case" do
        result
        expect(enqueued_jobs(Jobs::DiscourseMediation::TellSubjectCaseEnded)).to be_empty
      end
    end

    context "when the mediator was in contact with the person concerned" do
      before do
        claim(mediation_case)
        DiscourseMediation::MediatorPostMark.mark_if_mediating(
          Fabricate(:post, topic:, user: mediator),
        )
      end

      it "tells them that nothing more follows" do
        result
        expect(
          enqueued_jobs(Jobs::DiscourseMediation::TellSubjectCaseEnded).map do
            _1[:args]["case_id"]
          end,
        ).to eq([mediation_case.id])
      end
    end

    context "when the note is missing" do
      subject(:result) { call("Case::Resolve", outcome_note: "") }

      it { is_expected.to fail_a_contract }
    end

    context "when the case is not claimed yet" do
      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when another mediator tries" do
      subject(:result) { call("Case::Resolve", by: other_mediator, outcome_note: "Done") }

      before { claim(mediation_case) }

      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when everything's ok" do
      before { claim(mediation_case) }

      it { is_expected.to run_successfully }

      it "ends the case with the note and tells the requesters after the commit" do
        result
        expect(mediation_case.reload).to have_attributes(
          state: "resolved",
          outcome_note: "They agreed to disagree",
          outcome_note_shareable: true,
        )
        expect(
          enqueued_jobs(Jobs::DiscourseMediation::TellRequestersCaseResolved).map { _1[:args] },
        ).to eq([{ "case_id" => mediation_case.id }])
      end
    end
  end

  describe DiscourseMediation::Case::Escalate do
    subject(:result) { call("Case::Escalate", reason: "Two attempts failed") }

    context "when the reason is missing" do
      subject(:result) { call("Case::Escalate", reason: " ") }

      it { is_expected.to fail_a_contract }
    end

    context "when the reason for not reaching the person is too long" do
      subject(:result) do
        call("Case::Escalate", reason: "Two attempts failed", no_contact_reason: "x" * 1001)
      end

      it { is_expected.to fail_a_contract }
    end

    context "when the case is not being mediated" do
      before { claim(mediation_case) && call("Case::Resolve", outcome_note: "ok") }

      it { is_expected.to fail_a_policy(:in_state) }
      it("changes nothing") { expect { result }.not_to change { case_rows } }
    end

    context "when the mediator never reached the person concerned and gives no reason" do
      before { claim(mediation_case) }

      it { is_expected.to fail_a_policy(:contact_made) }
      it("changes nothing") { expect { result }.not_to change { case_rows } }

      it "says that mediation comes first" do
        expect(result["result.policy.contact_made"].reason).to eq(
          I18n.t("discourse_mediation.errors.contact_first"),
        )
      end
    end

    context "when contact was impossible, with the reason why" do
      subject(:result) do
        call(
          "Case::Escalate",
          reason: "Two attempts failed",
          no_contact_reason: "  They blocked all messages  ",
        )
      end

      before { claim(mediation_case) }

      it "escalates and keeps the reason for the report" do
        expect(result).to run_successfully
        expect(mediation_case.reload).to have_attributes(
          state: "report_draft",
          no_contact_reason: "They blocked all messages",
        )
        expect(mediation_case.events.last).to have_attributes(
          action: "escalate",
          data: {
            "reason" => "Two attempts failed",
            "contacted" => false,
          },
        )
      end
    end

    context "when the mediator posted in the thread after the case opened" do
      subject(:result) do
        call("Case::Escalate", reason: "Two attempts failed", no_contact_reason: "stale reason")
      end

      before do
        claim(mediation_case)
        DiscourseMediation::MediatorPostMark.mark_if_mediating(
          Fabricate(:post, topic:, user: mediator),
        )
      end

      it { is_expected.to run_successfully }

      it "moves the case to the report stage, keeping no reason for a contact that happened" do
        result
        expect(mediation_case.reload).to have_attributes(
          state: "report_draft",
          no_contact_reason: nil,
        )
        expect(mediation_case.subject_contacted_at).to be_present
        expect(mediation_case.events.last).to have_attributes(
          action: "escalate",
          data: {
            "reason" => "Two attempts failed",
            "contacted" => true,
          },
        )
      end
    end

    context "when someone else's post in the thread is not the mediator's" do
      before do
        claim(mediation_case)
        DiscourseMediation::MediatorPostMark.mark_if_mediating(
          Fabricate(:post, topic:, user: other_mediator),
        )
      end

      it { is_expected.to fail_a_policy(:contact_made) }
    end
  end
end
