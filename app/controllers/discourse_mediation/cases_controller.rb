# frozen_string_literal: true

module DiscourseMediation
  # The mediators' queue and case page, and every action a mediator takes on a
  # case. Each action answers with the case as it now stands.
  class CasesController < ::ApplicationController
    include RunsCaseServices
    include RunsElsewhereServices

    requires_plugin PLUGIN_NAME

    MEDIATORS_LIMIT = 100

    before_action :ensure_logged_in
    # The app shell loads for anyone signed in, so that a member who follows a
    # link is told the page is for mediators; the JSON is refused them.
    before_action :ensure_mediator, unless: -> { request.format.html? }

    def index
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          queue = QueueQuery.new(user: current_user, filter: params[:filter], page: params[:page])
          render json: {
                   filter: queue.filter_name,
                   page: queue.page,
                   has_more: queue.more?,
                   counts: queue.counts,
                   # Tabs whose count is a floor, to show as "1,000+".
                   counts_capped: queue.counts_capped,
                   can_see_archive: guardian.is_staff?,
                   evidence_limits: Limits.for_evidence,
                   cases:
                     serialize_data(
                       queue.page_cases,
                       CaseQueueItemSerializer,
                       root: false,
                       queue_roles:
                         Rules::Case::CaseRoles.for(
                           user_id: current_user.id,
                           staff: current_user.staff?,
                           mediator: true,
                           case_mediator_id: nil,
                         ),
                     ),
                 }
        end
      end
    end

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          mediation_case = find_case
          # Not found for a mediator who is part of the case, as for a case that is not there.
          if mediation_case.blank? ||
               !guardian.mediation_roles_on(mediation_case).include?(:mediator)
            raise Discourse::NotFound
          end
          render_case(mediation_case)
        end
      end
    end

    def claim
      run_case_service(Case::Claim)
    end

    def assign
      run_case_service(Case::Assign) do
        on_model_not_found(:assignee) do
          render_json_error(I18n.t("discourse_mediation.errors.no_such_user"), status: 422)
        end
        on_failed_policy(:assignee_mediates) do
          render_json_error(I18n.t("discourse_mediation.errors.assignee_not_mediator"), status: 422)
        end
      end
    end

    def resolve
      run_case_service(Case::Resolve) do
        on_failed_policy(:reminder_sound) { |policy| render_json_error(policy.reason, status: 422) }
      end
    end

    def escalate
      run_case_service(Case::Escalate) do
        on_failed_policy(:contact_made) { |policy| render_json_error(policy.reason, status: 422) }
      end
    end

    def add_note
      run_case_service(Case::AddNote)
    end

    def add_person
      run_case_service(Case::AddPerson) do
        on_model_not_found(:person_user) do
          render_json_error(I18n.t("discourse_mediation.errors.no_such_user"), status: 422)
        end
        on_failed_policy(:not_involved_yet) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    def remove_person
      run_case_service(Case::RemovePerson) do
        on_model_not_found(:person) do
          render_json_error(I18n.t("discourse_mediation.errors.not_involved"), status: 404)
        end
        on_failed_policy(:not_the_subject) do
          render_json_error(I18n.t("discourse_mediation.errors.subject_stays"), status: 422)
        end
      end
    end

    def attach_post
      run_case_service(Case::AttachPost) do
        on_model_not_found(:post) do
          render_json_error(
            I18n.t("discourse_mediation.errors.attached_posts.not_found"),
            status: 404,
          )
        end
        on_failed_policy(:attachable) { |policy| render_json_error(policy.reason, status: 422) }
      end
    end

    def detach_post
      run_case_service(Case::DetachPost) do
        on_model_not_found(:attached_post) do
          render_json_error(
            I18n.t("discourse_mediation.errors.attached_posts.not_attached"),
            status: 404,
          )
        end
      end
    end

    # A case about conduct outside the forum, which the mediator takes at once.
    def open_elsewhere
      run_elsewhere_service(Case::OpenElsewhere) do
        on_success { |mediation_case:| render json: { case_id: mediation_case.id } }
        on_failed_policy(:can_mediate) { raise Discourse::InvalidAccess }
        on_failed_policy(:not_opened_twice) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    def add_evidence
      evidence = evidence_refusals
      run_case_service(Case::AddEvidence) do
        on_failed_policy(:elsewhere) do
          render_json_error(
            I18n.t("discourse_mediation.errors.evidence.not_elsewhere"),
            status: 422,
          )
        end
        instance_exec(&evidence)
        on_failed_policy(:room_for_evidence) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:not_on_case_already) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    def remove_evidence
      run_case_service(Case::RemoveEvidence) do
        on_model_not_found(:evidence) do
          render_json_error(I18n.t("discourse_mediation.errors.evidence.not_on_case"), status: 404)
        end
      end
    end

    def open_conversation
      run_case_service(Case::OpenConversation) do
        on_failed_policy(:only_invitable_people) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_step(:create_conversation) { |step| render_json_error(step.error, status: 422) }
        on_success do |mediation_case:, conversation:|
          render_case(find_case(mediation_case.id), conversation_url: conversation.relative_url)
        end
      end
    end

    def cool_down
      run_case_service(Case::CoolDown) do
        on_failed_policy(:in_public_discussion) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_model_not_found(:topic) do
          render_json_error(I18n.t("discourse_mediation.errors.topic_gone"), status: 422)
        end
        on_failed_policy(:timer_kept_unless_replaced) do
          render_json_error(
            I18n.t("discourse_mediation.errors.cool_down.timer_exists"),
            status: 409,
          )
        end
      end
    end

    def save_report
      run_case_service(Report::Save) do
        on_failed_policy(:known_keys) { |policy| render_json_error(policy.reason, status: 422) }
        on_failed_policy(:affected_are_involved) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:silence_citable) do |policy|
          render_json_error(policy.reason, status: 422)
        end
      end
    end

    def submit_report
      run_case_service(Report::Submit) do
        on_model_not_found(:report) do
          render_json_error(Report::Policy::Complete.missing_everything_reason, status: 422)
        end
        on_failed_policy(:report_complete) do |policy|
          render_json_error(policy.reason, status: 422)
        end
      end
    end

    def decide_extension
      run_case_service(Statement::DecideExtension) do
        on_failed_policy(:not_report_author) do |policy|
          render_json_error(policy.reason, status: 403)
        end
        on_failed_policy(:extension_pending) do
          render_json_error(I18n.t("discourse_mediation.errors.no_extension_pending"), status: 409)
        end
      end
    end

    def interim_suspension
      run_case_service(Case::InterimSuspend) do
        on_failed_policy(:urgent) do
          render_json_error(I18n.t("discourse_mediation.errors.not_urgent"), status: 422)
        end
        on_failed_policy(:not_suspended_yet) do
          render_json_error(I18n.t("discourse_mediation.errors.already_suspended"), status: 409)
        end
        on_model_not_found(:subject_user) do
          render_json_error(I18n.t("discourse_mediation.errors.no_subject"), status: 422)
        end
        on_failed_policy(:subject_not_staff) do
          render_json_error(I18n.t("discourse_mediation.errors.staff_not_sanctioned"), status: 422)
        end
        on_failed_step(:suspend) { |step| render_json_error(step.error, status: 409) }
      end
    end

    def implement
      run_case_service(Case::Implement) do
        on_model_not_found(:ballot) do
          render_json_error(I18n.t("discourse_mediation.errors.ballot_not_closed"), status: 409)
        end
        on_failed_policy(:as_voted) { |policy| render_json_error(policy.reason, status: 422) }
        on_failed_policy(:plan_sound) { |policy| render_json_error(policy.reason, status: 422) }
        on_failed_policy(:no_staff_sanctioned) do
          render_json_error(I18n.t("discourse_mediation.errors.staff_not_sanctioned"), status: 422)
        end
        on_failed_step(:apply_outcome) { |step| render_json_error(step.error, status: 409) }
      end
    end

    # What the person concerned and the requesters would be told, before anything is done.
    def decide_recusal
      run_case_service(Case::DecideRecusal) do
        on_failed_policy(:not_on_the_roll) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recusal_decider_on_roll"),
            status: 403,
          )
        end
        on_failed_policy(:not_acted_on_case) do
          render_json_error(I18n.t("discourse_mediation.errors.recusal_decider_acted"), status: 403)
        end
        on_model_not_found(:recusal_request) { raise Discourse::NotFound }
        on_failed_policy(:still_pending) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recusal_already_decided"),
            status: 409,
          )
        end
      end
    end

    def review
      run_case_service(Case::Review) do
        on_failed_policy(:review_due) do
          render_json_error(I18n.t("discourse_mediation.errors.review_not_due"), status: 409)
        end
      end
    end

    # A recommendation to other spaces, kept on the case; nothing is sent outside the forum.
    def recommend
      rule = Rules::Record::Recommendation
      run_case_service(Case::Recommend) do
        on_failed_policy(:sanctioned) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.no_sanction"),
            status: 422,
          )
        end
        on_failed_policy(:no_open_appeal) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.appeal_open"),
            status: 409,
          )
        end
        on_failed_policy(:not_a_repeat) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.already_made"),
            status: 409,
          )
        end
        on_failed_policy(:within_limit) do
          render_json_error(
            I18n.t(
              "discourse_mediation.errors.recommendations.too_many",
              count: rule::MAX_PER_CASE,
            ),
            status: 422,
          )
        end
      end
    end

    def pass_on_recommendation
      run_case_service(Case::PassOnRecommendation) do
        on_model_not_found(:recommendation) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.not_found"),
            status: 404,
          )
        end
        on_failed_policy(:passable) { |policy| render_json_error(policy.reason, status: 409) }
      end
    end

    # A voter's question answered into the case file, once.
    def answer_question
      run_case_service(Case::AnswerQuestion) do
        on_model_not_found(:ballot_question) { raise Discourse::NotFound }
        on_failed_policy(:not_answered_yet) do
          render_json_error(
            I18n.t("discourse_mediation.errors.question_already_answered"),
            status: 409,
          )
        end
      end
    end

    def propose_coaching_plan
      run_coaching_service(Case::ProposeCoachingPlan)
    end

    def record_coaching_check_in
      run_coaching_service(Case::RecordCoachingCheckIn) do
        on_model_not_found(:check_in) do
          render_json_error(
            I18n.t("discourse_mediation.errors.coaching.check_in_not_found"),
            status: 404,
          )
        end
      end
    end

    def finish_coaching
      run_coaching_service(Case::FinishCoaching)
    end

    def implementation_preview
      run_case_service(Case::PreviewOutcome) do
        on_success do |subject_message:, requester_message:|
          render json: { subject_message:, requester_message: }
        end
        on_model_not_found(:ballot) { raise Discourse::NotFound }
        on_failed_policy(:as_voted) { |policy| render_json_error(policy.reason, status: 422) }
      end
    end

    private

    def run_coaching_service(service, &own_handlers)
      run_case_service(service) do
        on_failed_policy(:coaching_outcome) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        on_failed_policy(:coaching_allows) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        on_failed_policy(:coaching_input) { |policy| render_json_error(policy.reason, status: 422) }
        instance_exec(&own_handlers) if own_handlers
      end
    end

    def ensure_mediator
      raise Discourse::InvalidAccess if !guardian.can_mediate?
    end

    def find_case(id = params[:case_id])
      MediationCase.includes(
        :topic,
        :mediator,
        { post: :user },
        { help_requests: %i[user post] },
        { people: :user },
        { events: :user },
        { notes: :user },
        { attached_posts: [:added_by, { post: %i[user topic] }] },
        { evidence: [:added_by, :upload, { help_request: :user }] },
        { recommendations: %i[created_by passed_on_by] },
        { coaching: %i[coach check_ins] },
        { statements: :user },
        { report: :citations },
        { recusal_requests: :voter },
        :ballot,
      ).find_by(id:)
    end

    def render_case(mediation_case, **extra)
      render json: {
               mediation_case:
                 serialize_data(
                   mediation_case,
                   CaseSerializer,
                   root: false,
                   disclosure:
                     CaseDisclosure.new(
                       mediation_case,
                       guardian.mediation_roles_on(mediation_case),
                     ),
                   history: SubjectHistoryQuery.new(mediation_case).cases,
                   mediators: mediators,
                 ),
               **extra,
             }
    end

    def mediators
      group_ids = SiteSetting.mediation_mediator_groups_map
      User
        .real
        .where(id: GroupUser.where(group_id: group_ids).select(:user_id))
        .order(:username_lower)
        .limit(MEDIATORS_LIMIT)
    end

    def render_case_result(mediation_case)
      render_case(find_case(mediation_case.id))
    end
  end
end
