# frozen_string_literal: true

require_relative "../pg_helper"

# No private deliberation the person concerned cannot answer: the report
# topic is closed to replies; a voter's question goes to the mediators from
# the ballot, unsigned; the answer joins the case file as the mediators'
# statement, which the person concerned reads and may answer.
RSpec.describe "voters' questions to the mediators" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let(:voter) { voter_list.first }
  let(:other_voter) { voter_list.second }
  let!(:mediation_case) do
    asked = ask_for_help
    run_enqueued_jobs
    submit_report(asked)
    succeed(
      DiscourseMediation::Statement::Submit.call(
        params: {
          case_id: asked.id,
          raw: "I was frustrated, and said so badly.",
        },
        guardian: author.guardian,
      ),
    )
    voting = open_vote(asked.reload)
    run_enqueued_jobs
    voting.reload
  end
  let(:ballot) { mediation_case.ballot }

  def ask(question = "Did the mediator offer a private conversation?", by: voter, on: ballot)
    DiscourseMediation::Ballot::AskQuestion.call(
      params: {
        ballot_id: on.id,
        question:,
      },
      guardian: by.guardian,
    )
  end

  def answer(question, raw: "Yes, twice; the report's course of mediation says when.", by: mediator)
    DiscourseMediation::Case::AnswerQuestion.call(
      params: {
        case_id: mediation_case.id,
        question_id: question.id,
        raw:,
      },
      guardian: by.guardian,
    )
  end

  def written
    [
      DiscourseMediation::BallotQuestion.count,
      DiscourseMediation::Statement.count,
      DiscourseMediation::CaseEvent.count,
      Post.count,
    ]
  end

  def mediators_topic
    Topic.find(mediation_case.reload.mediators_topic_id)
  end

  def ballot_json(user)
    JSON.parse(DiscourseMediation::BallotView.for(ballot.reload, user).to_json)
  end

  describe "the report topic" do
    it "is closed to replies from the moment it is posted, with a notice saying where questions go" do
      topic = ballot.reload.topic
      expect(topic.closed).to eq(true)
      notice = topic.posts.find_by(post_type: Post.types[:small_action])
      expect(notice).to have_attributes(
        action_code: "closed.enabled",
        user_id: Discourse.system_user.id,
        raw: I18n.t("discourse_mediation.report_topic.closed_notice"),
      )
      expect(topic.first_post.raw).to include("closed to replies")
    end

    it "takes no reply from a voter, as core's guardian refuses one in a closed topic" do
      creator =
        PostCreator.new(voter, topic_id: ballot.topic_id, raw: "I think the report is thin.")
      expect(creator.create).to be_nil
      expect(creator.errors.full_messages).to eq(["Topic not found"])
    end

    it "stays closed, with no second notice, when the ballot closes" do
      topic = ballot.reload.topic
      expect { DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at) }.not_to change {
        topic.posts.count
      }
      expect(topic.reload.closed).to eq(true)
    end
  end

  describe DiscourseMediation::Ballot::AskQuestion do
    it "records the question and tells the mediators at once, in their message, never naming the voter" do
      before_count = mediators_topic.posts.count
      result = ask
      expect(result).to run_successfully
      question = result.ballot_question
      expect(question).to have_attributes(
        ballot_id: ballot.id,
        asked_by_id: voter.id,
        question: "Did the mediator offer a private conversation?",
        statement_id: nil,
      )
      expect(mediators_topic.posts.count).to eq(before_count + 1)
      reply = mediators_topic.posts.order(:post_number).last
      expect(reply.user_id).to eq(Discourse.system_user.id)
      expect(reply.raw).to include("> Did the mediator offer a private conversation?")
      expect(reply.raw).to include("/mediation/cases/#{mediation_case.id}")
      expect(reply.raw).not_to include(voter.username)
      event = mediation_case.events.last
      expect(event).to have_attributes(action: "question_asked", user_id: nil)
      expect(event.data.values.map(&:to_s)).not_to include(voter.username, voter.id.to_s)
    end

    it "trims the question, and a voter who already voted may still ask" do
      cast(ballot, voter, "no_action")
      expect(ask("  Was the person concerned told?  ")).to run_successfully
      expect(DiscourseMediation::BallotQuestion.last.question).to eq(
        "Was the person concerned told?",
      )
    end

    it "tells the case's mediator in a message of their own when the case has no mediators' message" do
      mediation_case.update!(mediators_topic_id: nil)
      PostCreator.created.clear
      expect(ask).to run_successfully
      sent = PostCreator.created.last
      expect(sent[:opts]).to include(
        archetype: Archetype.private_message,
        target_usernames: mediator.username,
      )
      expect(sent[:opts][:raw]).not_to include(voter.username)
    end

    context "when refused" do
      it "refuses an empty question, in words, writing nothing" do
        expect { expect(ask("   ")).to fail_a_contract }.not_to change { written }
        expect(ask(" ")["result.contract.default"].errors.full_messages).to eq(
          [I18n.t("discourse_mediation.errors.question_empty")],
        )
      end

      it "refuses a question over the limit, in words, writing nothing" do
        long = "x" * (DiscourseMediation::BallotQuestion::MAX_LENGTH + 1)
        expect { expect(ask(long)).to fail_a_contract }.not_to change { written }
        expect(ask(long)["result.contract.default"].errors.full_messages).to eq(
          [
            I18n.t(
              "discourse_mediation.errors.question_too_long",
              count: DiscourseMediation::BallotQuestion::MAX_LENGTH,
            ),
          ],
        )
        expect(ask("x" * DiscourseMediation::BallotQuestion::MAX_LENGTH)).to run_successfully
      end

      it "refuses the person concerned, a requester and a mediator in the voter group, saying why" do
        [author, member, mediator].each { GroupUser.create!(group: voters, user: _1) }
        expect {
          [author, member, mediator].each do |user|
            expect(ask(by: user.reload)).to fail_a_policy(:on_the_roll)
          end
        }.not_to change { written }
        expect(ask(by: author)["result.policy.on_the_roll"].reason).to eq(
          I18n.t("discourse_mediation.errors.recused_subject"),
        )
      end

      it "refuses someone who cannot see the ballot, who is not told it exists" do
        expect {
          expect(ask(by: Fabricate(:member))).to fail_a_policy(:may_see_ballot)
        }.not_to change { written }
      end

      it "refuses a voter who stepped aside" do
        succeed(
          DiscourseMediation::Ballot::StepAside.call(
            params: {
              ballot_id: ballot.id,
              reason: "I work with the author",
            },
            guardian: voter.guardian,
          ),
        )
        expect { expect(ask).to fail_a_policy(:on_the_roll) }.not_to change { written }
      end

      it "refuses once the ballot has closed" do
        travel_to(ballot.closes_at + 1.minute) do
          expect { expect(ask).to fail_a_policy(:ballot_open) }.not_to change { written }
        end
      end

      it "refuses the same question twice from the same voter, but not from another" do
        expect(ask).to run_successfully
        expect { expect(ask).to fail_a_policy(:not_asked_yet) }.not_to change { written }
        expect(ask(by: other_voter)).to run_successfully
      end

      it "is not offered on an appeal's ballot" do
        appeal = ballot.dup.tap { _1.assign_attributes(kind: "appeal", topic_id: nil) }
        appeal.save!
        DiscourseMediation::BallotVoter.create!(ballot: appeal, user: voter)
        expect { expect(ask(on: appeal)).to fail_a_policy(:first_ballot) }.not_to change { written }
        expect(DiscourseMediation::BallotView.for(appeal, voter)).to include(
          can_ask_question: false,
        )
      end
    end
  end

  describe DiscourseMediation::Case::AnswerQuestion do
    let(:question) { succeed(ask).ballot_question }

    it "adds the answer to the case file as the mediators' statement, with the question, once" do
      result = answer(question)
      expect(result).to run_successfully
      statement = result.statement
      expect(statement).to have_attributes(
        role: "mediators",
        kind: "clarification",
        user_id: mediator.id,
        question: "Did the mediator offer a private conversation?",
        raw: "Yes, twice; the report's course of mediation says when.",
      )
      expect(question.reload.statement_id).to eq(statement.id)
      expect(mediation_case.events.find_by(action: "question_answered")).to have_attributes(
        user_id: mediator.id,
        data: {
          "question_id" => question.id,
        },
      )
      expect { expect(answer(question)).to fail_a_policy(:not_answered_yet) }.not_to change {
        written
      }
    end

    it "posts the answer in the closed report topic as the system user" do
      topic = ballot.reload.topic
      answer(question)
      post = topic.posts.order(:post_number).last
      expect(post.user_id).to eq(Discourse.system_user.id)
      expect(post.raw).to include("> Did the mediator offer a private conversation?")
      expect(post.raw).to include("> Yes, twice")
      expect(post.raw).not_to include(voter.username)
      expect(topic.reload.closed).to eq(true)
    end

    it "lists the answer on the person concerned's page, and gives them time to answer it" do
      answer(question)
      page = JSON.parse(statement_page(mediation_case, author).to_json)
      heard = page["case_file"]["statements"].find { _1["kind"] == "clarification" }
      expect(heard).to include(
        "role" => "mediators",
        "question" => "Did the mediator offer a private conversation?",
        "raw" => "Yes, twice; the report's course of mediation says when.",
      )
      expect(page.to_json).not_to include(voter.username)
      expect(mediation_case.reload.answer_window_open?).to eq(true)
      expect(mediation_case.events.pluck(:action)).to include("answer_window_opened")
    end

    it "reaches the voters in the ballot's case file" do
      answer(question)
      statements = ballot_json(other_voter).dig("case_file", "statements")
      expect(statements.last).to include(
        "kind" => "clarification",
        "question" => "Did the mediator offer a private conversation?",
      )
      expect(ballot_json(other_voter)["questions"]).to eq(
        [
          {
            "id" => question.id,
            "question" => "Did the mediator offer a private conversation?",
            "asked_at" => JSON.parse(question.created_at.to_json),
            "mine" => false,
            "answered" => true,
          },
        ],
      )
    end

    context "when refused" do
      it "refuses an empty answer and one over the limit, writing nothing" do
        question
        expect { expect(answer(question, raw: "  ")).to fail_a_contract }.not_to change { written }
        too_long = "x" * (DiscourseMediation::Statement::MAX_LENGTH + 1)
        expect { expect(answer(question, raw: too_long)).to fail_a_contract }.not_to change {
          written
        }
      end

      it "refuses the person concerned, a voter and a member" do
        question
        [author, voter, member].each do |user|
          expect { expect(answer(question, by: user)).to fail_a_policy(:may_take) }.not_to change {
            written
          }
        end
      end

      it "refuses a mediator on the open roll until they step aside" do
        question
        DiscourseMediation::BallotVoter.create!(ballot:, user: other_mediator)
        expect {
          expect(answer(question, by: other_mediator)).to fail_a_policy(:not_on_open_roll)
        }.not_to change { written }
      end

      it "refuses once the ballot has closed and the case is decided" do
        question
        DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
        expect { expect(answer(question)).to fail_a_policy(:in_state) }.not_to change { written }
      end

      it "does not find a question of another case's ballot" do
        other = open_vote(ask_for_help(on: Fabricate(:post, user: author)))
        foreign = succeed(ask(on: other.ballot)).ballot_question
        expect(answer(foreign)).to fail_to_find_a_model(:ballot_question)
      end

      it "lets another mediator answer: the mediators answer, not only the case's own" do
        expect(answer(question, by: other_mediator)).to run_successfully
      end
    end
  end

  describe "who sees the questions" do
    let!(:question) { succeed(ask).ballot_question }

    it "shows every voter the questions, unsigned; only the asker's own is marked theirs" do
      mine = ballot_json(voter)
      theirs = ballot_json(other_voter)
      expect(mine["questions"].map { _1["mine"] }).to eq([true])
      expect(theirs["questions"].map { _1["mine"] }).to eq([false])
      expect(theirs.to_json).not_to include(voter.username)
      expect(theirs["questions"].first.keys).to contain_exactly(
        "id",
        "question",
        "asked_at",
        "mine",
        "answered",
      )
      expect(theirs).to include("can_ask_question" => true, "limits" => { "question" => 1000 })
    end

    it "never tells the person concerned or a requester who asked, even from the voter groups" do
      [author, member].each do |user|
        GroupUser.create!(group: voters, user:)
        json = ballot_json(user.reload)
        expect(json["can_ask_question"]).to eq(false)
        expect(json["questions"].map { _1["mine"] }).to eq([false])
        expect(json.to_json).not_to include(voter.username)
        expect(json.to_json).not_to include("asked_by")
      end
      answer(question)
      page = statement_page(mediation_case, author).to_json
      expect(page).not_to include(voter.username)
      expect(page).not_to include("asked_by")
    end

    it "lists the questions on the case page for mediators, never with who asked, and lets them answer" do
      detail = JSON.parse(case_page(mediator).to_json)
      expect(detail["questions"]).to eq(
        [
          {
            "id" => question.id,
            "question" => "Did the mediator offer a private conversation?",
            "asked_at" => JSON.parse(question.created_at.to_json),
            "answer" => nil,
          },
        ],
      )
      expect(detail["available_actions"]).to include("answer_question")
      expect(detail.to_json).not_to include(voter.username)
      answer(question)
      answered = JSON.parse(case_page(moderator).to_json)
      expect(answered["questions"].first["answer"]).to include(
        "kind" => "clarification",
        "raw" => "Yes, twice; the report's course of mediation says when.",
      )
      expect(answered.to_json).not_to include(voter.username)
    end

    it "does not offer answering to a mediator on the open roll" do
      DiscourseMediation::BallotVoter.create!(ballot:, user: other_mediator)
      expect(JSON.parse(case_page(other_mediator).to_json)["available_actions"]).not_to include(
        "answer_question",
      )
    end

    it "says nothing on the case page's timeline about who asked" do
      line =
        JSON.parse(case_page(mediator).to_json)["timeline"].find do
          _1["action"] == "question_asked"
        end
      expect(line["actor"]).to be_nil
    end

    def case_page(user)
      mediation_case.reload
      DiscourseMediation::CaseSerializer.new(
        mediation_case,
        scope: user.guardian,
        root: false,
        disclosure:
          DiscourseMediation::CaseDisclosure.new(
            mediation_case,
            user.guardian.mediation_roles_on(mediation_case),
          ),
        history: [],
        mediators: [],
      ).as_json
    end
  end
end
