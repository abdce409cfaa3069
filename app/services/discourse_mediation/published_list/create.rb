# frozen_string_literal: true

module DiscourseMediation
  # Adds an item to the end of the published list, as its first version.
  class PublishedList::Create
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      attribute :title, :string
      attribute :description, :string

      validates :key, :title, :description, presence: true
      validate :key_is_usable
      validates :title, length: { maximum: Behaviour::TITLE_MAX_LENGTH }
      validates :description, length: { maximum: Behaviour::DESCRIPTION_MAX_LENGTH }

      private

      def key_is_usable
        return if key.blank? || Behaviour.usable_key?(key)
        errors.add(:key, I18n.t("discourse_mediation.errors.behaviour_key_unusable"))
      end
    end

    policy :is_admin
    policy :key_is_new

    transaction do
      step :create_behaviour
      step :record_first_version
    end

    private

    # An id, once used, stays that item's forever, retired or not.
    def key_is_new(params:)
      !Behaviour.exists?(key: params.key)
    end

    # Two admins adding the same key at once: the unique index decides, or the
    # model's uniqueness check when the other commits first. The contract has
    # already checked everything else the model validates.
    def create_behaviour(params:)
      context[:behaviour] = Behaviour.create!(
        key: params.key,
        title: params.title,
        description: params.description,
        position: (Behaviour.maximum(:position) || -1) + 1,
      )
    rescue ActiveRecord::RecordNotUnique, ActiveRecord::RecordInvalid
      fail!(I18n.t("discourse_mediation.errors.behaviour_key_taken"))
    end

    def record_first_version(behaviour:, guardian:)
      behaviour.record_version!(by: guardian.user)
    end
  end
end
